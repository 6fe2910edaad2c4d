using System.Text;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>One drawn output with its media type and, for text, its language.</summary>
internal sealed record RenderedOutput(byte[] Bytes, string ContentType, string? Language)
{
    public static RenderedOutput Of(byte[] bytes, OutputKind kind, string? language) =>
        new(bytes, ContentTypeOf(kind), kind is OutputKind.Png or OutputKind.Svg ? null : language);

    public static string ContentTypeOf(OutputKind kind) => kind switch
    {
        OutputKind.Png => "image/png",
        OutputKind.Svg => "image/svg+xml",
        OutputKind.Alt => "text/plain; charset=utf-8",
        OutputKind.DescriptionMarkdown => "text/markdown; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
}

/// <summary>Draws one output of a spec: the same bytes <c>doctoury-graphics render</c> writes.</summary>
internal static class OutputRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <remarks>The figure's images are served from <paramref name="urlBase"/>, which ends with '/'.</remarks>
    public static byte[] Render(Infographic infographic, OutputName name, bool followColorScheme, string urlBase, IReadOnlyCollection<int> scales)
    {
        var cut = infographic.WithOrientation(name.Cut);
        switch (name.Kind)
        {
            case OutputKind.Png:
                using (var memory = new MemoryStream())
                {
                    cut.RenderPng(memory, name.Scale);
                    return memory.ToArray();
                }
            case OutputKind.Svg:
                return Utf8.GetBytes(cut.RenderSvg(SvgMode.Image, followColorScheme));
            case OutputKind.Alt:
                return Utf8.GetBytes(infographic.AltText + "\n");
            case OutputKind.DescriptionMarkdown:
                return Utf8.GetBytes(infographic.Describe().Markdown);
            case OutputKind.DescriptionHtml:
                return Utf8.GetBytes(infographic.Describe().Html);
            default:
                return Utf8.GetBytes(Figure(infographic, urlBase, scales));
        }
    }

    /// <summary>The responsive figure (both cuts), with the 2x images when that density is served.</summary>
    public static string Figure(Infographic infographic, string urlBase, IReadOnlyCollection<int> scales)
    {
        var id = infographic.Id;
        string Url(Orientation cut, int scale) => urlBase + new OutputName(id, OutputKind.Png, cut, scale);
        string? Url2x(Orientation cut) => scales.Contains(2) ? Url(cut, 2) : null;
        return infographic.FigureHtml(Url(Orientation.Horizontal, 1), Url2x(Orientation.Horizontal), Url(Orientation.Vertical, 1), Url2x(Orientation.Vertical));
    }
}
