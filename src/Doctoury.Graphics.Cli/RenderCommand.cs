using System.Diagnostics;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>render &lt;spec&gt;... --out &lt;dir&gt;</c>: every output of every spec, then the manifest.
/// One bad spec does not stop the others; each file is written whole or not at all.
/// </summary>
internal static class RenderCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var specs = new List<string>();
        string? outDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--out" or "-o")
            {
                if (i + 1 >= args.Length) return CommandLine.UsageError(stderr, "--out needs a folder.");
                outDir = args[++i];
            }
            else if (args[i].StartsWith('-'))
            {
                return CommandLine.UsageError(stderr, $"unknown option '{args[i]}'. Try 'doctoury-graphics --help'.");
            }
            else
            {
                specs.Add(args[i]);
            }
        }
        if (specs.Count == 0) return CommandLine.UsageError(stderr, "render needs at least one spec file, for example 'render specs/car-t-cell-therapy.yaml --out out'.");
        if (outDir is null) return CommandLine.UsageError(stderr, "render needs '--out <folder>'.");

        Directory.CreateDirectory(outDir);
        var entries = new List<ManifestEntry>();
        var failed = 0;
        foreach (var spec in specs)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var infographic = Infographic.Load(spec);
                var files = OutputSet.Write(infographic, outDir);
                entries.Add(new ManifestEntry(infographic.Id, infographic.Title, infographic.AltText, Path.GetFileName(spec), files));
                stdout.WriteLine($"{spec}: wrote {files.Count} files for '{infographic.Id}' to {outDir} in {clock.ElapsedMilliseconds} ms");
            }
            catch (InfographicException e)
            {
                failed++;
                foreach (var diagnostic in e.Diagnostics) stderr.WriteLine(diagnostic);
            }
            catch (IOException e)
            {
                failed++;
                stderr.WriteLine($"{spec}: error DG0018: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                failed++;
                stderr.WriteLine($"{spec}: error DG0018: {e.Message}");
            }
        }
        if (entries.Count > 0) Manifest.Write(outDir, entries);
        if (failed > 0) stderr.WriteLine($"{failed} of {specs.Count} specs failed; the others were written.");
        return failed > 0 ? CommandLine.InvalidInput : CommandLine.Ok;
    }
}
