using System.Security.Cryptography;
using System.Text;

namespace Doctoury.Graphics.Cli;

/// <summary>One written file as the manifest lists it. Width, height and layout (<c>horizontal</c> or <c>vertical</c>) are null for text files.</summary>
internal sealed record OutputFile(string Path, string Kind, int? Width, int? Height, long Bytes, string Sha256, string? Layout = null);

/// <summary>
/// Writes the chosen outputs of one infographic. All of them are rendered in memory first, so a
/// failure while rendering writes nothing; then each file goes to a temporary name and is renamed
/// into place, so a failure while writing never leaves half a file or removes the last good one.
/// </summary>
internal static class OutputSet
{
    private sealed record Rendered(string Name, string Kind, int? Width, int? Height, byte[] Bytes, string? Layout = null);

    /// <summary>One output to render, with its cost in pixels drawn (0 for text), so the largest starts first.</summary>
    private sealed record Job(long Cost, Func<Rendered> Render);

    /// <param name="onAllCores">
    /// Spread this spec's outputs (and each large PNG's compression) over every core: right for one
    /// spec. A batch passes false, since it keeps the cores busy with one spec each; nesting both
    /// would oversubscribe the cores and hold more pictures in memory at once.
    /// </param>
    public static IReadOnlyList<OutputFile> Write(Infographic infographic, string folder, RenderOptions options, bool onAllCores = true)
    {
        var id = infographic.Id;
        var utf8 = new UTF8Encoding(false);
        var jobs = new List<Job>();
        // With both cuts, four PNGs already fill the cores; with one, its 2x PNG is the long pole
        // and its strips are compressed on every core.
        var stripsOnAllCores = onAllCores && options.Layouts.Count == 1;
        foreach (var orientation in options.Layouts)
        {
            var cut = infographic.WithOrientation(orientation);
            var layout = LayoutOption.Name(orientation);
            if (options.Kinds.Contains("png"))
            {
                foreach (var scale in options.Scales)
                {
                    jobs.Add(new((long)cut.Width * cut.Height * scale * scale, () => new(PngName(id, scale, orientation), "png", cut.Width * scale, cut.Height * scale, Png(cut, scale, stripsOnAllCores), layout)));
                }
            }
            // An SVG is text, but it shapes every line again: about a tenth of its 1x PNG.
            if (options.Kinds.Contains("svg")) jobs.Add(new((long)cut.Width * cut.Height / 10, () => new(SvgName(id, orientation), "svg", cut.Width, cut.Height, utf8.GetBytes(cut.RenderSvg(options.SvgMode, options.FollowColorScheme, options.OutlineText)), layout)));
        }
        if (options.Kinds.Contains("alt")) jobs.Add(new(0, () => new($"{id}.alt.txt", "alt", null, null, utf8.GetBytes(infographic.AltText + "\n"))));
        if (options.Kinds.Contains("description"))
        {
            jobs.Add(new(0, () => new($"{id}.description.md", "description-markdown", null, null, utf8.GetBytes(infographic.Describe().Markdown))));
            jobs.Add(new(0, () => new($"{id}.description.html", "description-html", null, null, utf8.GetBytes(infographic.Describe().Html))));
        }
        if (options.Kinds.Contains("figure"))
        {
            string? Png2x(Orientation o) => options.Scales.Contains(2) ? PngName(id, 2, o) : null;
            // Both cuts: a <picture> that serves the vertical PNGs to phones; one cut: that cut's PNG.
            var figure = options.Layouts.Count == 2
                ? infographic.FigureHtml(PngName(id, 1), Png2x(Orientation.Horizontal), PngName(id, 1, Orientation.Vertical), Png2x(Orientation.Vertical))
                : infographic.WithOrientation(options.Layouts[0]).FigureHtml(PngName(id, 1, options.Layouts[0]), Png2x(options.Layouts[0]));
            jobs.Add(new(0, () => new($"{id}.figure.html", "figure-html", null, null, utf8.GetBytes(figure))));
        }
        var rendered = LargestFirst.Run(jobs, job => job.Cost, job => job.Render(), maxWorkers: onAllCores ? Environment.ProcessorCount : 1);
        return rendered.Select(r =>
        {
            AtomicFile.Write(Path.Combine(folder, r.Name), r.Bytes);
            return new OutputFile(r.Name, r.Kind, r.Width, r.Height, r.Bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(r.Bytes)), r.Layout);
        }).ToList();
    }

    private static byte[] Png(Infographic cut, int scale, bool onAllCores)
    {
        using var memory = new MemoryStream();
        cut.RenderPng(memory, scale, onAllCores);
        return memory.ToArray();
    }

    /// <summary><c>&lt;id&gt;.png</c>, <c>&lt;id&gt;@2x.png</c>; the vertical cut adds <c>.vertical</c> to the stem: <c>&lt;id&gt;.vertical@2x.png</c>.</summary>
    public static string PngName(string id, int scale, Orientation orientation = Orientation.Horizontal) =>
        $"{Stem(id, orientation)}{(scale == 1 ? "" : $"@{scale}x")}.png";

    public static string SvgName(string id, Orientation orientation = Orientation.Horizontal) => $"{Stem(id, orientation)}.svg";

    private static string Stem(string id, Orientation orientation) => orientation == Orientation.Vertical ? $"{id}.vertical" : id;
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
