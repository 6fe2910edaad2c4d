using System.Security.Cryptography;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>One written file as the manifest lists it. Width and height are null for text files.</summary>
internal sealed record OutputFile(string Path, string Kind, int? Width, int? Height, long Bytes, string Sha256);

/// <summary>Writes every output of one infographic. Each file goes to a temporary name first and is renamed into place, so a failure never leaves half a file or removes the last good one.</summary>
internal static class OutputSet
{
    public static IReadOnlyList<OutputFile> Write(Infographic infographic, string folder)
    {
        var id = infographic.Id;
        var description = infographic.Describe();
        var utf8 = new UTF8Encoding(false);
        return
        [
            Save(folder, $"{id}.png", "png", infographic.Width, infographic.Height, infographic.RenderPng(1)),
            Save(folder, $"{id}@2x.png", "png", infographic.Width * 2, infographic.Height * 2, infographic.RenderPng(2)),
            Save(folder, $"{id}.svg", "svg", infographic.Width, infographic.Height, utf8.GetBytes(infographic.RenderSvg())),
            Save(folder, $"{id}.alt.txt", "alt", null, null, utf8.GetBytes(infographic.AltText + "\n")),
            Save(folder, $"{id}.description.md", "description-markdown", null, null, utf8.GetBytes(description.Markdown)),
            Save(folder, $"{id}.description.html", "description-html", null, null, utf8.GetBytes(description.Html)),
            Save(folder, $"{id}.figure.html", "figure-html", null, null, utf8.GetBytes(infographic.FigureHtml($"{id}.png", $"{id}@2x.png"))),
        ];
    }

    public static OutputFile Save(string folder, string name, string kind, int? width, int? height, byte[] bytes)
    {
        AtomicFile.Write(Path.Combine(folder, name), bytes);
        return new OutputFile(name, kind, width, height, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}

/// <summary>Write to a temporary file beside the target, then rename over it.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId;
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
