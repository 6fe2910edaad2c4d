using System.Text.RegularExpressions;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>The kinds of file the endpoint serves for a spec.</summary>
internal enum OutputKind { Png, Svg, Alt, DescriptionMarkdown, DescriptionHtml, Figure }

/// <summary>
/// One output's file name, the same names <c>doctoury-graphics render</c> writes:
/// <c>id.png</c>, <c>id@2x.png</c>, <c>id.vertical.png</c>, <c>id.vertical@2x.png</c>, <c>id.svg</c>,
/// <c>id.vertical.svg</c>, <c>id.alt.txt</c>, <c>id.description.md</c>, <c>id.description.html</c>, <c>id.figure.html</c>.
/// </summary>
internal sealed partial record OutputName(string Id, OutputKind Kind, Orientation Cut = Orientation.Horizontal, int Scale = 1)
{
    public static OutputName? Parse(string file)
    {
        var match = Pattern().Match(file);
        if (!match.Success) return null;
        var id = match.Groups["id"].Value;
        var cut = match.Groups["vertical"].Success ? Orientation.Vertical : Orientation.Horizontal;
        var scale = match.Groups["scale"].Success ? int.Parse(match.Groups["scale"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return match.Groups["ext"].Value switch
        {
            "png" => new(id, OutputKind.Png, cut, scale),
            "svg" when !match.Groups["scale"].Success => new(id, OutputKind.Svg, cut),
            "alt.txt" when IsPlain(match) => new(id, OutputKind.Alt),
            "description.md" when IsPlain(match) => new(id, OutputKind.DescriptionMarkdown),
            "description.html" when IsPlain(match) => new(id, OutputKind.DescriptionHtml),
            "figure.html" when IsPlain(match) => new(id, OutputKind.Figure),
            _ => null,
        };
    }

    private static bool IsPlain(Match match) => !match.Groups["vertical"].Success && !match.Groups["scale"].Success;

    public override string ToString()
    {
        var stem = Cut == Orientation.Vertical ? $"{Id}.vertical" : Id;
        return Kind switch
        {
            OutputKind.Png => Scale == 1 ? $"{stem}.png" : $"{stem}@{Scale}x.png",
            OutputKind.Svg => $"{stem}.svg",
            OutputKind.Alt => $"{Id}.alt.txt",
            OutputKind.DescriptionMarkdown => $"{Id}.description.md",
            OutputKind.DescriptionHtml => $"{Id}.description.html",
            _ => $"{Id}.figure.html",
        };
    }

    /// <summary>The spec id rule of the format, then the optional cut and density, then the kind.</summary>
    [GeneratedRegex(@"^(?<id>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?<vertical>\.vertical)?(?:@(?<scale>[1-8])x)?\.(?<ext>png|svg|alt\.txt|description\.md|description\.html|figure\.html)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
