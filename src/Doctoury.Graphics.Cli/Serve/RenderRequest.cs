using Microsoft.AspNetCore.Http;

namespace Doctoury.Graphics.Cli.Serve;

/// <summary>What <c>POST /render/{kind}</c> asks for: the kind from the path, the rest from the query.</summary>
internal sealed record RenderRequest(string Kind, Orientation Cut, int Scale, string? Theme, bool Html)
{
    public const string Kinds = "png, svg, alt, description or figure";

    /// <summary>The request, or the reason it is not one (for a 400 problem).</summary>
    public static (RenderRequest? Request, string? Problem) Parse(string kind, IQueryCollection query)
    {
        if (kind is not ("png" or "svg" or "alt" or "description" or "figure")) return (null, $"'{kind}' is not an output: ask for {Kinds}.");
        foreach (var key in query.Keys)
        {
            if (key is not ("layout" or "scale" or "theme" or "format")) return (null, $"The query parameter '{key}' is not known: use layout, scale, theme or format.");
        }
        var cut = Orientation.Horizontal;
        if (query.TryGetValue("layout", out var layout))
        {
            if (layout.ToString() is not ("horizontal" or "vertical")) return (null, "layout is 'horizontal' or 'vertical'.");
            cut = layout == "vertical" ? Orientation.Vertical : Orientation.Horizontal;
        }
        var scale = 1;
        if (query.TryGetValue("scale", out var scaleText) && !(kind == "png" && int.TryParse(scaleText, System.Globalization.CultureInfo.InvariantCulture, out scale) && scale is >= 1 and <= 4))
        {
            return (null, "scale is 1, 2, 3 or 4, and only for png.");
        }
        string? theme = null;
        if (query.TryGetValue("theme", out var themeText) && (theme = ThemeOption.Parse(themeText)) is null) return (null, ThemeOption.Usage.Replace("--theme", "theme", StringComparison.Ordinal));
        var html = false;
        if (query.TryGetValue("format", out var format))
        {
            if (kind != "description" || format.ToString() is not ("markdown" or "html" or "text")) return (null, "format is 'markdown', 'text' or 'html', and only for description.");
            html = format == "html";
            if (format == "text") return (new(kind, cut, scale, theme, false) { Text = true }, null);
        }
        return (new(kind, cut, scale, theme, html), null);
    }

    /// <summary>Plain text instead of Markdown for a description.</summary>
    public bool Text { get; init; }
}
