using System.Security.Cryptography;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>One written file as the manifest lists it. Width and height are null for text files.</summary>
internal sealed record OutputFile(string Path, string Kind, int? Width, int? Height, long Bytes, string Sha256);

/// <summary>
/// Writes every output of one infographic. All of them are rendered in memory first, so a
/// failure while rendering writes nothing; then each file goes to a temporary name and is renamed
/// into place, so a failure while writing never leaves half a file or removes the last good one.
/// </summary>
internal static class OutputSet
{
    private sealed record Rendered(string Name, string Kind, int? Width, int? Height, byte[] Bytes);

    public static IReadOnlyList<OutputFile> Write(Infographic infographic, string folder, SvgMode svgMode = SvgMode.Image)
    {
        var id = infographic.Id;
        var description = infographic.Describe();
        var utf8 = new UTF8Encoding(false);
        Rendered[] rendered =
        [
            new($"{id}.png", "png", infographic.Width, infographic.Height, infographic.RenderPng(1)),
            new($"{id}@2x.png", "png", infographic.Width * 2, infographic.Height * 2, infographic.RenderPng(2)),
            new($"{id}.svg", "svg", infographic.Width, infographic.Height, utf8.GetBytes(infographic.RenderSvg(svgMode))),
            new($"{id}.alt.txt", "alt", null, null, utf8.GetBytes(infographic.AltText + "\n")),
            new($"{id}.description.md", "description-markdown", null, null, utf8.GetBytes(description.Markdown)),
            new($"{id}.description.html", "description-html", null, null, utf8.GetBytes(description.Html)),
            new($"{id}.figure.html", "figure-html", null, null, utf8.GetBytes(infographic.FigureHtml($"{id}.png", $"{id}@2x.png"))),
        ];
        return rendered.Select(r =>
        {
            AtomicFile.Write(Path.Combine(folder, r.Name), r.Bytes);
            return new OutputFile(r.Name, r.Kind, r.Width, r.Height, r.Bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(r.Bytes)));
        }).ToList();
    }
}

/// <summary>Write to a temporary file beside the target, then rename over it.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        // A unique name per write, so two renders into one folder never share a temporary file.
        var temporary = $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
