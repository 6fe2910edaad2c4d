using System.Globalization;
using System.Net;
using System.Text;
using Doctoury.Graphics.Localization;

namespace Doctoury.Graphics.Accessibility;

/// <summary>One picture of the figure: its 1x and 2x URLs and its size in CSS px.</summary>
internal sealed record FigureImage(string Url, string? Url2x, int Width, int Height);

/// <summary>
/// The &lt;figure&gt; snippet: the image with its alt, and the long description in the same
/// figure's caption inside &lt;details&gt;, so the association holds without ARIA (WAI complex images).
/// With a narrow picture, a &lt;picture&gt; serves it below a breakpoint (HTML art direction:
/// <c>&lt;source media&gt;</c>, with <c>width</c> and <c>height</c> so the page reserves the right box).
/// </summary>
internal static class FigureWriter
{
    /// <summary>
    /// The widest viewport that gets the narrow picture: below 60 % of the horizontal width, the
    /// horizontal picture would be drawn under 60 % of its size and its 19 px body text under 12 px.
    /// </summary>
    public static int Breakpoint(int horizontalWidth) => (int)Math.Ceiling(horizontalWidth * 0.6) - 1;

    /// <param name="id">The spec id, which prefixes the figure's id.</param>
    /// <param name="image">The horizontal picture.</param>
    /// <param name="narrow">The vertical picture and the widest viewport that gets it, if any.</param>
    /// <param name="alt">The image's alt.</param>
    /// <param name="descriptionHtml">The long description as HTML.</param>
    /// <param name="words">The words of the caption.</param>
    /// <param name="altLang">The language of <paramref name="alt"/> when it is not the page's (generated English for a spec language with no words of ours), else null.</param>
    /// <param name="generatedLang">The language of the generated words when it is not the spec's, else null.</param>
    /// <param name="rtlLang">The spec's language when it is written right to left, else null.</param>
    /// <remarks>
    /// An attribute has its element's language (HTML, "The lang and xml:lang attributes": lang applies
    /// to "the element's contents and … any of the element's attributes that contain text"), so an
    /// English alt puts <c>lang</c> on the <c>&lt;img&gt;</c> itself; the image shows the author's
    /// language, but only the alt is read.
    /// </remarks>
    public static string Write(string id, FigureImage image, (FigureImage Image, int MaxWidth)? narrow, string alt, string descriptionHtml, Words words, string? altLang = null, string? generatedLang = null, string? rtlLang = null)
    {
        // A right-to-left spec's figure says its language and direction, so it reads right on any
        // page; generated English inside it says it runs left to right.
        var ltr = rtlLang is null ? "" : " dir=\"ltr\"";
        string A(string value) => WebUtility.HtmlEncode(value);
        string SrcSet(FigureImage i) => i.Url2x is null ? A(i.Url) : $"{A(i.Url)} 1x, {A(i.Url2x)} 2x";
        var html = new StringBuilder();
        html.Append($"<figure class=\"doctoury-infographic\" id=\"{A(id)}-figure\"{(rtlLang is null ? "" : $" lang=\"{A(rtlLang)}\" dir=\"rtl\"")}>\n");
        var indent = "  ";
        if (narrow is var (small, maxWidth))
        {
            html.Append("  <picture>\n");
            html.Append(CultureInfo.InvariantCulture, $"    <source media=\"(max-width: {maxWidth}px)\" srcset=\"{SrcSet(small)}\" width=\"{small.Width}\" height=\"{small.Height}\">\n");
            indent = "    ";
        }
        html.Append($"{indent}<img src=\"{A(image.Url)}\"");
        if (image.Url2x is not null) html.Append($" srcset=\"{SrcSet(image)}\"");
        html.Append(CultureInfo.InvariantCulture, $" width=\"{image.Width}\" height=\"{image.Height}\"");
        if (altLang is not null) html.Append($" lang=\"{A(altLang)}\"{ltr}");
        html.Append($" alt=\"{A(alt)}\">\n");
        if (narrow is not null) html.Append("  </picture>\n");
        html.Append("  <figcaption>\n    <details>\n");
        html.Append(generatedLang is null ? "      <summary>" : $"      <summary lang=\"{A(generatedLang)}\"{ltr}>").Append(A(words.FullDescription)).Append("</summary>\n");
        foreach (var line in descriptionHtml.TrimEnd('\n').Split('\n')) html.Append("      ").Append(line).Append('\n');
        html.Append("    </details>\n  </figcaption>\n</figure>\n");
        return html.ToString();
    }
}
