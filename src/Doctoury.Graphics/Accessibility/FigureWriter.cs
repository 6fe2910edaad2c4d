using System.Globalization;
using System.Net;
using System.Text;

namespace Doctoury.Graphics.Accessibility;

/// <summary>
/// The &lt;figure&gt; snippet: the image with its alt, and the long description in the same
/// figure's caption inside &lt;details&gt;, so the association holds without ARIA (WAI complex images).
/// </summary>
internal static class FigureWriter
{
    public static string Write(string id, string pngUrl, string? png2xUrl, int width, int height, string alt, string descriptionHtml, Words words)
    {
        string A(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append($"<figure class=\"doctoury-infographic\" id=\"{A(id)}-figure\">\n");
        html.Append($"  <img src=\"{A(pngUrl)}\"");
        if (png2xUrl is not null) html.Append($" srcset=\"{A(pngUrl)} 1x, {A(png2xUrl)} 2x\"");
        html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\" alt=\"{A(alt)}\">\n");
        html.Append("  <figcaption>\n    <details>\n");
        html.Append($"      <summary>{A(words.FullDescription)}</summary>\n");
        foreach (var line in descriptionHtml.TrimEnd('\n').Split('\n')) html.Append("      ").Append(line).Append('\n');
        html.Append("    </details>\n  </figcaption>\n</figure>\n");
        return html.ToString();
    }
}
