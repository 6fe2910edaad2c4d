using System.Security.Cryptography;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>One written file as the manifest lists it. Width and height are null for text files.</summary>
internal sealed record OutputFile(string Path, string Kind, int? Width, int? Height, long Bytes, string Sha256);

/// <summary>
/// Writes the chosen outputs of one infographic. All of them are rendered in memory first, so a
/// failure while rendering writes nothing; then each file goes to a temporary name and is renamed
/// into place, so a failure while writing never leaves half a file or removes the last good one.
/// </summary>
internal static class OutputSet
{
    private sealed record Rendered(string Name, string Kind, int? Width, int? Height, byte[] Bytes);

    public static IReadOnlyList<OutputFile> Write(Infographic infographic, string folder, RenderOptions options)
    {
        var id = infographic.Id;
        var utf8 = new UTF8Encoding(false);
        // Each output is rendered on its own thread (the 2x PNG alone takes most of the time), so a
        // save in watch mode updates the files in about the time of the slowest one.
        var jobs = new List<Func<Rendered>>();
        if (options.Kinds.Contains("png"))
        {
            foreach (var scale in options.Scales)
            {
                jobs.Add(() => new(PngName(id, scale), "png", infographic.Width * scale, infographic.Height * scale, infographic.RenderPng(scale)));
            }
        }
        if (options.Kinds.Contains("svg")) jobs.Add(() => new($"{id}.svg", "svg", infographic.Width, infographic.Height, utf8.GetBytes(infographic.RenderSvg(options.SvgMode, options.FollowColorScheme))));
        if (options.Kinds.Contains("alt")) jobs.Add(() => new($"{id}.alt.txt", "alt", null, null, utf8.GetBytes(infographic.AltText + "\n")));
        if (options.Kinds.Contains("description"))
        {
            jobs.Add(() => new($"{id}.description.md", "description-markdown", null, null, utf8.GetBytes(infographic.Describe().Markdown)));
            jobs.Add(() => new($"{id}.description.html", "description-html", null, null, utf8.GetBytes(infographic.Describe().Html)));
        }
        if (options.Kinds.Contains("figure"))
        {
            var png2x = options.Scales.Contains(2) ? PngName(id, 2) : null;
            jobs.Add(() => new($"{id}.figure.html", "figure-html", null, null, utf8.GetBytes(infographic.FigureHtml(PngName(id, 1), png2x))));
        }
        var rendered = jobs.AsParallel().AsOrdered().Select(job => job()).ToList();
        return rendered.Select(r =>
        {
            AtomicFile.Write(Path.Combine(folder, r.Name), r.Bytes);
            return new OutputFile(r.Name, r.Kind, r.Width, r.Height, r.Bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(r.Bytes)));
        }).ToList();
    }

    public static string PngName(string id, int scale) => scale == 1 ? $"{id}.png" : $"{id}@{scale}x.png";
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
