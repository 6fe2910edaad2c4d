using System.Diagnostics;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>render &lt;files or folders&gt;... --out &lt;dir&gt;</c>: every output of every spec, then the manifest.
/// One bad spec does not stop the others; each file is written whole or not at all, and a spec's
/// files are all rendered before the first is written.
/// </summary>
internal static class RenderCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        string? outDir = null;
        var format = OutputFormat.Text;
        var level = AuditLevel.AA;
        var allowAuditFailures = false;
        var svgMode = SvgMode.Image;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--allow-audit-failures")
            {
                allowAuditFailures = true;
                continue;
            }
            if (args[i] == "--svg-mode")
            {
                if (i + 1 >= args.Length || args[++i] is not ("image" or "structured")) return CommandLine.UsageError(stderr, "--svg-mode takes 'image' or 'structured'.");
                svgMode = args[i] == "structured" ? SvgMode.Structured : SvgMode.Image;
                continue;
            }
            if (args[i] == "--level")
            {
                if (i + 1 >= args.Length || !AuditOutput.TryParseLevel(args[++i], out level)) return CommandLine.UsageError(stderr, "--level takes 'AA' or 'AAA'.");
                continue;
            }
            if (args[i] is "--out" or "-o")
            {
                if (i + 1 >= args.Length) return CommandLine.UsageError(stderr, "--out needs a folder.");
                outDir = args[++i];
            }
            else if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || !DiagnosticReport.TryParseFormat(args[++i], out format))
                {
                    return CommandLine.UsageError(stderr, "--format takes 'text' or 'json'.");
                }
            }
            else if (args[i] is "-h" or "--help")
            {
                stdout.WriteLine(CommandLine.Help);
                return CommandLine.Ok;
            }
            else if (args[i].StartsWith('-'))
            {
                return CommandLine.UsageError(stderr, $"unknown option '{args[i]}' for render. Try 'doctoury-graphics --help'.");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }
        if (inputs.Count == 0) return CommandLine.UsageError(stderr, "render needs at least one spec file, for example 'render specs/car-t-cell-therapy.yaml --out out'.");
        if (outDir is null) return CommandLine.UsageError(stderr, "render needs '--out <folder>'.");
        var specs = SpecPaths.Expand(inputs);
        if (specs.Count == 0) return CommandLine.UsageError(stderr, $"no .yaml files in {string.Join(", ", inputs)}.");

        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{outDir}: error DG0018: The output folder cannot be created: {e.Message}");
            return CommandLine.InvalidInput;
        }

        var reports = new List<SpecReport>();
        var entries = new List<ManifestEntry>();
        foreach (var spec in specs)
        {
            var clock = Stopwatch.StartNew();
            var result = Infographic.ParseFile(spec);
            var report = new SpecReport(spec, result.Infographic?.Id, result.Diagnostics, []);
            if (result.Infographic is { } parsed)
            {
                var audit = parsed.Audit(level);
                if (!audit.Passed)
                {
                    var severity = allowAuditFailures ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                    report = report with { Diagnostics = [.. report.Diagnostics, .. AuditOutput.ToDiagnostics(audit, spec, severity)] };
                }
            }
            if (result.Infographic is { } good && !report.Failed)
            {
                var infographic = good;
                try
                {
                    var files = OutputSet.Write(infographic, outDir, svgMode);
                    entries.Add(new ManifestEntry(infographic.Id, infographic.Title, infographic.AltText, Path.GetFileName(spec), files));
                    report = report with { Written = files };
                    if (format == OutputFormat.Text) stdout.WriteLine($"{spec}: wrote {files.Count} files for '{infographic.Id}' to {outDir} in {clock.ElapsedMilliseconds} ms");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    report = report with { Diagnostics = [.. report.Diagnostics, new Diagnostic("DG0018", DiagnosticSeverity.Error, "The outputs cannot be written: " + e.Message, spec, 1, 1, "", "Check the output folder's permissions and free space; earlier outputs were kept.")] };
                }
            }
            reports.Add(report);
            if (format == OutputFormat.Text) foreach (var diagnostic in report.Diagnostics) stderr.WriteLine(diagnostic);
        }
        if (entries.Count > 0) Manifest.Update(outDir, entries);

        var failed = reports.Count(r => r.Failed);
        if (format == OutputFormat.Json) DiagnosticReport.WriteJson(stdout, "render", reports);
        else if (failed > 0)
        {
            stderr.WriteLine($"{failed} of {specs.Count} specs failed; the others were written, and earlier outputs of the failed ones were kept.");
            if (reports.Any(r => r.Diagnostics.Any(d => d.Code.StartsWith("DG01", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error)))
            {
                stderr.WriteLine($"Specs that fail the accessibility audit (level {level}) are not written; add --allow-audit-failures to write them anyway.");
            }
        }
        return failed > 0 ? CommandLine.InvalidInput : CommandLine.Ok;
    }
}
