using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;

namespace Doctoury.Graphics.Cli;

/// <summary>How one spec of a batch ended.</summary>
internal enum RenderStatus { Written, UpToDate, Failed }

/// <summary>One spec's result: its report, its manifest entry when it has outputs, and the time it took.</summary>
internal sealed record SpecResult(SpecReport Report, ManifestEntry? Entry, RenderStatus Status, long Milliseconds, Infographic? Infographic = null);

/// <summary>
/// <c>render &lt;files, folders or globs&gt;... --out &lt;dir&gt;</c>: renders specs in parallel on
/// every core, skips those whose outputs are up to date (content hash in the manifest) unless
/// <c>--force</c>, and updates the manifest. One bad spec does not stop the others; each file is
/// written whole or not at all, and a spec's files are all rendered before the first is written.
/// </summary>
internal static class RenderCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error, help) = RenderOptions.Parse(args);
        if (help)
        {
            stdout.WriteLine(CommandLine.Help);
            return CommandLine.Ok;
        }
        if (options is null) return CommandLine.UsageError(stderr, error!);
        var specs = SpecPaths.Expand(options.Inputs);
        if (specs.Count == 0) return CommandLine.UsageError(stderr, $"no .yaml files in {string.Join(", ", options.Inputs)}.");
        IReadOnlyDictionary<string, Diagnostic>? duplicates = null;
        if (options.Shard is { } shard)
        {
            // The whole batch is parsed for the ids that place its specs (Shard); the ids are then
            // reused for the duplicate check of this part, which holds every spec sharing one.
            var part = shard.Select([.. specs.Select(f => (f, Infographic.ParseFile(f).Infographic?.Id))]);
            if (options.Report == OutputFormat.Text) stdout.WriteLine($"shard {shard}: {part.Count} of {specs.Count} specs");
            duplicates = DuplicateIds.Find(part);
            specs = [.. part.Select(s => s.File)];
            if (specs.Count == 0) return EmptyShard(options, stdout, stderr);
        }
        if (specs.Count == 1) Warmup.Start();
        try
        {
            Directory.CreateDirectory(options.OutDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{options.OutDir}: error DG0018: The output folder cannot be created: {e.Message}");
            return CommandLine.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        var previous = Manifest.Read(options.OutDir).ToDictionary(e => e.Id);
        var results = new SpecResult[specs.Count];
        duplicates ??= DuplicateIds.Find(specs);
        var progress = new ProgressDisplay(specs.Count, options, stdout, stderr);
        // One spec spreads its outputs over the cores (OutputSet). In a batch each free worker takes
        // the next spec (no chunks) and renders its outputs itself, so the cores stay busy to the last
        // spec with one spec's pictures each in memory, not several.
        var onAllCores = specs.Count == 1;
        var order = Partitioner.Create(Enumerable.Range(0, specs.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // The drawn infographic is for watch's preview; a batch keeps only the reports, so its
            // memory does not grow with its length.
            results[i] = RenderOne(specs[i], options, previous, duplicates, onAllCores) with { Infographic = null };
            progress.Done(results[i]);
        });
        progress.Finish();

        var entries = results.Where(r => r.Entry is not null).Select(r => r.Entry!).ToList();
        if (entries.Count > 0) Manifest.Update(options.OutDir, entries);

        var reports = results.Select(r => r.Report).ToList();
        if (options.Report == OutputFormat.Json)
        {
            DiagnosticReport.WriteJson(stdout, "render", reports);
        }
        else
        {
            Summary.Write(stdout, results, options.OutDir, clock.ElapsedMilliseconds);
            var failed = results.Count(r => r.Status == RenderStatus.Failed);
            if (failed > 0)
            {
                stderr.WriteLine($"{failed} of {specs.Count} specs failed; the others were written, and earlier outputs of the failed ones were kept.");
                if (reports.Any(r => r.Diagnostics.Any(d => d.Code.StartsWith("DG01", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error)))
                {
                    stderr.WriteLine($"Specs that fail the accessibility audit (level {options.Level}) are not written; add --allow-audit-failures to write them anyway.");
                }
            }
        }
        return results.Any(r => r.Status == RenderStatus.Failed) ? CommandLine.InvalidInput : CommandLine.Ok;
    }

    /// <summary>
    /// A part that no spec falls in (more parts than specs, or an unlucky hash) still writes a
    /// manifest, so every job of a CI matrix uploads one and <c>merge</c> finds it.
    /// </summary>
    private static int EmptyShard(RenderOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(options.OutDir);
            Manifest.Update(options.OutDir, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{options.OutDir}: error DG0018: The output folder cannot be written: {e.Message}");
            return CommandLine.InvalidInput;
        }
        if (options.Report == OutputFormat.Json) DiagnosticReport.WriteJson(stdout, "render", []);
        else stdout.WriteLine($"0 written, 0 up to date, 0 failed, into {options.OutDir}/manifest.json.");
        return CommandLine.Ok;
    }

    /// <param name="duplicates">Specs of the batch whose id another spec shares (<see cref="DuplicateIds"/>): they fail, unwritten.</param>
    /// <param name="onAllCores">Spread the spec's outputs over every core (see <see cref="OutputSet.Write"/>).</param>
    internal static SpecResult RenderOne(string spec, RenderOptions options, IReadOnlyDictionary<string, ManifestEntry> previous, IReadOnlyDictionary<string, Diagnostic>? duplicates = null, bool onAllCores = true)
    {
        var clock = Stopwatch.StartNew();
        var result = Infographic.ParseFile(spec);
        var report = new SpecReport(spec, result.Infographic?.Id, result.Diagnostics, []);
        var drawn = result.Infographic;
        SpecResult Done(RenderStatus status, ManifestEntry? entry = null) => new(report, entry, status, clock.ElapsedMilliseconds, status == RenderStatus.Failed ? null : drawn);
        if (result.Infographic is not { } parsed) return Done(RenderStatus.Failed);
        var infographic = drawn = ThemeOption.Apply(parsed, options.Theme);
        if (duplicates?.GetValueOrDefault(spec) is { } clash)
        {
            report = report with { Diagnostics = [.. report.Diagnostics, clash] };
            return Done(RenderStatus.Failed);
        }

        // Every cut that will be written is audited first; a finding in the vertical one says so.
        var audit = LayoutOption.Audit(infographic, options.Layouts, options.Level);
        if (options.FollowColorScheme) audit = audit with { Findings = [.. audit.Findings, .. LayoutOption.Audit(infographic, options.Layouts, options.Level, alternatePalette: true).Findings] };
        if (audit.Findings.Count > 0)
        {
            var severity = options.AllowAuditFailures ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            report = report with { Diagnostics = [.. report.Diagnostics, .. AuditOutput.ToDiagnostics(audit, spec, severity)] };
            if (report.Failed) return Done(RenderStatus.Failed);
        }

        var inputHash = InputHash(infographic, options);
        if (!options.Force && previous.TryGetValue(infographic.Id, out var earlier) && earlier.InputHash == inputHash &&
            earlier.Files.All(f => new FileInfo(Path.Combine(options.OutDir, f.Path)) is { Exists: true } file && file.Length == f.Bytes))
        {
            report = report with { Written = [] };
            return Done(RenderStatus.UpToDate, earlier);
        }
        try
        {
            var files = OutputSet.Write(infographic, options.OutDir, options, onAllCores);
            report = report with { Written = files };
            return Done(RenderStatus.Written, new ManifestEntry(infographic.Id, infographic.Title, infographic.AltText, Path.GetFileName(spec), files, inputHash));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report = WriteFailed(report, spec, e);
            return Done(RenderStatus.Failed);
        }
    }

    // Out of the catch handler: a loop (the spread) inside a handler makes the whole of RenderOne jitted with full optimisation.
    private static SpecReport WriteFailed(SpecReport report, string spec, Exception e) =>
        report with { Diagnostics = [.. report.Diagnostics, new Diagnostic("DG0018", DiagnosticSeverity.Error, "The outputs cannot be written: " + e.Message, spec, 1, 1, "", "Check the output folder's permissions and free space; earlier outputs were kept.")] };

    /// <summary>The spec and icon bytes, the tool's version and the options: what decides the outputs.</summary>
    private static string InputHash(Infographic infographic, RenderOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in infographic.SourceFiles)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        var version = typeof(Infographic).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes("\n" + version + "\n" + options.Fingerprint));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
