using System.Net;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>watch &lt;folder&gt;</c>: renders every spec in the folder, re-renders a spec when it or one
/// of its icon files is saved, and serves a preview on 127.0.0.1 that updates by itself. A spec
/// with errors keeps its last good picture on screen, with the diagnostics beside it.
/// </summary>
internal static class WatchCommand
{
    public const int DefaultPort = 5178;

    public const string Help = "doctoury-graphics watch <folder> [--out <dir>] [--port <n>] [--theme <name>] [--allow-audit-failures]: renders the folder's specs (in a built-in theme with --theme), re-renders on save, and serves a preview on http://127.0.0.1:<port>/ (5178 by default) that updates by itself. A spec that fails the accessibility audit is drawn in the preview with its findings outlined but not written, unless --allow-audit-failures.";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..])
        {
            stdout.WriteLine(Help);
            return CommandLine.Ok;
        }
        string? folder = null, outDir = null, theme = null;
        var port = DefaultPort;
        var allowAuditFailures = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--theme":
                    if (ThemeOption.Parse(i + 1 < args.Length ? args[++i] : null) is not { } themeName) return CommandLine.UsageError(stderr, ThemeOption.Usage);
                    theme = themeName;
                    break;
                case "--allow-audit-failures":
                    allowAuditFailures = true;
                    break;
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is > 0 and < 65536:
                    port = p;
                    i++;
                    break;
                default:
                    if (args[i].StartsWith('-') || folder is not null) return CommandLine.UsageError(stderr, $"watch: unexpected '{args[i]}'. Try 'doctoury-graphics watch --help'.");
                    folder = args[i];
                    break;
            }
        }
        if (folder is null || !Directory.Exists(folder)) return CommandLine.UsageError(stderr, "watch needs an existing folder of specs, for example 'watch specs'.");
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        using var session = new WatchSession(folder, outDir ?? Path.Combine(folder, "out"), port, stdout, stderr, theme, allowAuditFailures);
        try
        {
            session.Start();
        }
        catch (HttpListenerException e)
        {
            stderr.WriteLine($"doctoury-graphics: cannot serve on 127.0.0.1:{port}: {e.Message}. Try another --port.");
            return CommandLine.InvalidInput;
        }
        stdout.WriteLine($"Watching {folder}; preview at {session.Url} (Ctrl+C stops).");
        cancel.Token.WaitHandle.WaitOne();
        return CommandLine.Ok;
    }
}
