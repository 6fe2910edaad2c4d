namespace Doctoury.Graphics.Cli;

/// <summary>What <c>merge</c> was asked to do, parsed from its command line.</summary>
/// <param name="Inputs">Shard folders, or folders whose subfolders are shard folders.</param>
internal sealed record MergeOptions(IReadOnlyList<string> Inputs, string OutDir, OutputFormat Report)
{
    /// <summary>Parses the arguments after <c>merge</c>; null with the message when they are wrong.</summary>
    public static (MergeOptions? Options, string? Error, bool Help) Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        string? outDir = null;
        var report = OutputFormat.Text;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return (null, null, true);
                case "--out" or "-o":
                    outDir = Value();
                    if (outDir is null) return (null, "--out needs a folder.", false);
                    break;
                case "--format":
                    if (Value() is not { } format || !DiagnosticReport.TryParseFormat(format, out report)) return (null, "--format takes 'text' or 'json' for merge.", false);
                    break;
                default:
                    if (args[i].StartsWith('-')) return (null, $"unknown option '{args[i]}' for merge. Try 'doctoury-graphics merge --help'.", false);
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0) return (null, "merge needs the folders that render --shard wrote, for example 'merge shards/* --out out'.", false);
        if (outDir is null) return (null, "merge needs '--out <folder>'.", false);
        return (new MergeOptions(inputs, outDir, report), null, false);
    }
}
