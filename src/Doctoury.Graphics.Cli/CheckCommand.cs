namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>check &lt;files or folders&gt;... [--level AA|AAA] [--layout both|horizontal|vertical]</c>: validates
/// specs and audits the pictures each would draw, both cuts by default (contrast, text size, overflow),
/// without writing anything. Prints every
/// diagnostic; exit 0 when there is no error (warnings allowed), 1 when any spec has an error.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var format = OutputFormat.Text;
        var level = AuditLevel.AA;
        var layouts = LayoutOption.Both;
        string? theme = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || !DiagnosticReport.TryParseFormat(args[++i], out format))
                {
                    return CommandLine.UsageError(stderr, "--format takes 'text' or 'json'.");
                }
            }
            else if (args[i] == "--level")
            {
                if (i + 1 >= args.Length || !AuditOutput.TryParseLevel(args[++i], out level))
                {
                    return CommandLine.UsageError(stderr, "--level takes 'AA' or 'AAA'.");
                }
            }
            else if (args[i] == "--layout")
            {
                if (i + 1 >= args.Length || LayoutOption.Parse(args[++i]) is not { } chosen) return CommandLine.UsageError(stderr, LayoutOption.Usage);
                layouts = chosen;
            }
            else if (args[i] == "--theme")
            {
                if (ThemeOption.Parse(i + 1 < args.Length ? args[++i] : null) is not { } themeName) return CommandLine.UsageError(stderr, ThemeOption.Usage);
                theme = themeName;
            }
            else if (args[i] is "-h" or "--help")
            {
                stdout.WriteLine(CommandLine.Help);
                return CommandLine.Ok;
            }
            else if (args[i].StartsWith('-') && args[i] != "-")
            {
                return CommandLine.UsageError(stderr, $"unknown option '{args[i]}' for check. Try 'doctoury-graphics --help'.");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }
        if (inputs.Count == 0) return CommandLine.UsageError(stderr, "check needs at least one spec file or folder, for example 'check specs'.");
        var files = SpecPaths.Expand(inputs);
        if (files.Count == 0) return CommandLine.UsageError(stderr, $"no .yaml files in {string.Join(", ", inputs)}.");

        var reports = files.Select(file =>
        {
            var result = Infographic.ParseFile(file);
            var audit = result.Infographic is { } infographic ? AuditOutput.ToDiagnostics(LayoutOption.Audit(ThemeOption.Apply(infographic, theme), layouts, level), file, DiagnosticSeverity.Error) : [];
            return new SpecReport(file, result.Infographic?.Id, [.. result.Diagnostics, .. audit], []);
        }).ToList();
        var duplicates = DuplicateIds.Find(reports.Select(r => (r.File, r.Id)));
        reports = [.. reports.Select(r => duplicates.TryGetValue(r.File, out var clash) ? r with { Diagnostics = [.. r.Diagnostics, clash] } : r)];

        if (format == OutputFormat.Json)
        {
            DiagnosticReport.WriteJson(stdout, "check", reports);
        }
        else
        {
            foreach (var diagnostic in reports.SelectMany(r => r.Diagnostics)) stdout.WriteLine(diagnostic);
            var errors = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            var warnings = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            var failed = reports.Count(r => r.Failed);
            stdout.WriteLine($"Checked {Plural(reports.Count, "spec")}: {(failed == 0 ? "all valid" : $"{failed} with errors")}; {Plural(errors, "error")}, {Plural(warnings, "warning")}.");
        }
        return reports.Any(r => r.Failed) ? CommandLine.InvalidInput : CommandLine.Ok;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
