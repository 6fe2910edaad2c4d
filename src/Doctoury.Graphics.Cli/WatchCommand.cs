using System.Diagnostics;
using System.Net;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>watch &lt;folder&gt;</c>: renders every spec in the folder, re-renders a spec when it or one
/// of its icon files is saved, and serves a preview on 127.0.0.1 that reloads by itself. A spec
/// with errors keeps its last good picture on screen, with the diagnostics above it.
/// </summary>
internal static class WatchCommand
{
    public const int DefaultPort = 5178;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["-h" or "--help", ..])
        {
            stdout.WriteLine("doctoury-graphics watch <folder> [--out <dir>] [--port <n>] [--theme <name>]: renders the folder's specs (in a built-in theme with --theme), re-renders on save, and serves a preview on http://127.0.0.1:<port>/ (5178 by default) that reloads by itself.");
            return CommandLine.Ok;
        }
        string? folder = null, outDir = null, theme = null;
        var port = DefaultPort;
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
        using var session = new WatchSession(folder, outDir ?? Path.Combine(folder, "out"), port, stdout, stderr, theme);
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

/// <summary>The state of one watched spec, as the preview shows it.</summary>
internal sealed record WatchedSpec(string File, string? Id, IReadOnlyList<Diagnostic> Diagnostics, string? AltText, string? DescriptionHtml, long Milliseconds, DateTimeOffset When, AuditReport? Audit = null)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>A running watch: the file watcher, the renderer and the preview server. Usable from tests.</summary>
internal sealed class WatchSession : IDisposable
{
    private readonly string _folder;
    private readonly RenderOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly FileSystemWatcher _watcher;
    private readonly PreviewServer _server;
    private readonly object _gate = new();
    private readonly Dictionary<string, WatchedSpec> _specs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public WatchSession(string folder, string outDir, int port, TextWriter stdout, TextWriter stderr, string? theme = null)
    {
        _folder = Path.GetFullPath(folder);
        _options = RenderOptions.Parse(["--out", outDir, _folder, .. theme is null ? Array.Empty<string>() : ["--theme", theme]]).Options!;
        _stdout = stdout;
        _stderr = stderr;
        _watcher = new FileSystemWatcher(_folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _server = new PreviewServer(port, this);
    }

    public string Url => _server.Url;

    public string OutDir => _options.OutDir;

    /// <summary>Raised after each render with the spec's state; the server tells the page to reload.</summary>
    public event Action<WatchedSpec>? Rendered;

    public IReadOnlyList<WatchedSpec> Specs
    {
        get { lock (_gate) return [.. _specs.Values.OrderBy(s => s.File, StringComparer.Ordinal)]; }
    }

    public void Start()
    {
        Directory.CreateDirectory(_options.OutDir);
        _server.Start();
        foreach (var spec in SpecPaths.Expand([_folder])) RenderNow(spec, Stopwatch.StartNew(), initial: true);
        _watcher.Changed += (_, e) => Changed(e.FullPath);
        _watcher.Created += (_, e) => Changed(e.FullPath);
        _watcher.Renamed += (_, e) => Changed(e.FullPath);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Editors save in bursts (truncate, write, rename); wait for 30 ms of quiet, then render.</summary>
    private void Changed(string path)
    {
        var clock = Stopwatch.StartNew();
        var specs = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? [path]
            : Specs.Where(s => s.Id is not null && UsesFile(s.File, path)).Select(s => s.File).ToList();
        foreach (var spec in specs)
        {
            CancellationTokenSource wait;
            lock (_gate)
            {
                if (_pending.TryGetValue(spec, out var earlier)) earlier.Cancel();
                _pending[spec] = wait = new CancellationTokenSource();
            }
            _ = Task.Delay(30, wait.Token).ContinueWith(t => { if (!t.IsCanceled) RenderNow(spec, clock); }, TaskScheduler.Default);
        }
    }

    private static bool UsesFile(string spec, string file) =>
        Infographic.ParseFile(spec).Infographic?.SourceFiles.Contains(Path.GetFullPath(file)) == true;

    private void RenderNow(string spec, Stopwatch sinceSave, bool initial = false)
    {
        lock (_gate)
        {
            if (!File.Exists(spec))
            {
                _specs.Remove(spec);
                return;
            }
            var duplicates = DuplicateIds.Find(SpecPaths.Expand([_folder]));
            var result = RenderCommand.RenderOne(spec, _options with { Force = true }, new Dictionary<string, ManifestEntry>(), duplicates);
            if (result.Entry is not null) Manifest.Update(_options.OutDir, [result.Entry]);
            var parsed = result.Infographic;
            var previous = _specs.GetValueOrDefault(spec);
            var state = new WatchedSpec(spec, result.Report.Id ?? previous?.Id, result.Report.Diagnostics,
                parsed?.AltText ?? previous?.AltText, parsed?.Describe().Html ?? previous?.DescriptionHtml, sinceSave.ElapsedMilliseconds, DateTimeOffset.Now,
                (parsed is null ? null : LayoutOption.Audit(parsed, _options.Layouts, _options.Level)) ?? previous?.Audit);
            _specs[spec] = state;
            var line = result.Status == RenderStatus.Failed
                ? $"{Path.GetFileName(spec)}: {result.Report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors; the last good picture stays"
                : initial ? $"{Path.GetFileName(spec)}: rendered in {state.Milliseconds} ms" : $"{Path.GetFileName(spec)}: updated in {state.Milliseconds} ms after the save";
            (result.Status == RenderStatus.Failed ? _stderr : _stdout).WriteLine(line);
            foreach (var diagnostic in result.Report.Diagnostics) _stderr.WriteLine(diagnostic);
            Rendered?.Invoke(state);

            // A save can make another spec's id clash, or stop clashing: that spec's state changes too.
            if (initial) return;
            foreach (var other in _specs.Values.Where(s => s.File != spec && s.Diagnostics.Any(d => d.Code == DuplicateIds.Code) != duplicates.ContainsKey(s.File)).ToList())
            {
                RenderNow(other.File, Stopwatch.StartNew(), initial: true);
            }
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _server.Dispose();
    }
}
