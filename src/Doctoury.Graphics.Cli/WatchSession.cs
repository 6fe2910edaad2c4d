using System.Diagnostics;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// The state of one watched spec, as the preview shows it. <paramref name="Drawn"/> is the last
/// picture that could be drawn: this save's, even when it fails the audit or shares its id, or
/// the previous one when the file no longer parses.
/// </summary>
internal sealed record WatchedSpec(
    string File,
    string? Id,
    IReadOnlyList<Diagnostic> Diagnostics,
    Infographic? Drawn,
    bool Written,
    long Milliseconds,
    DateTimeOffset When,
    IReadOnlyDictionary<Orientation, AuditReport> Audits)
{
    public string Name => Path.GetFileName(File);

    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Every cut's findings in one report, the vertical ones labelled.</summary>
    public AuditReport? Audit => Audits.Count == 0 ? null : new AuditReport(
        Audits.Values.First().Level,
        [.. Audits.SelectMany(a => LayoutOption.Labelled(a.Value, a.Key).Findings)],
        Audits.Values.Sum(a => a.Checked));

    public string? AltText => Drawn?.AltText;

    /// <summary>True when a save caused this render; false for the first render, a theme switch or a twin's change.</summary>
    public bool Saved { get; init; }

    /// <summary>True when this save parsed and only the audit (DG01xx) or a shared id kept it from being written.</summary>
    public bool DrawnButNotWritten => !Written && Drawn is not null && Failed &&
        Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).All(d => d.Code.StartsWith("DG01", StringComparison.Ordinal) || d.Code == DuplicateIds.Code);
}

/// <summary>A running watch: the file watcher, the renderer and the preview server. Usable from tests.</summary>
internal sealed class WatchSession : IDisposable
{
    private readonly string _folder;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly FileSystemWatcher _watcher;
    private readonly PreviewServer _server;
    private readonly object _gate = new();
    private readonly Dictionary<string, WatchedSpec> _specs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private RenderOptions _options;

    public WatchSession(string folder, string outDir, int port, TextWriter stdout, TextWriter stderr, string? theme = null, bool allowAuditFailures = false)
    {
        _folder = Path.GetFullPath(folder);
        _options = RenderOptions.Parse(["--out", outDir, _folder,
            .. theme is null ? Array.Empty<string>() : ["--theme", theme],
            .. allowAuditFailures ? ["--allow-audit-failures"] : Array.Empty<string>()]).Options!;
        _stdout = stdout;
        _stderr = stderr;
        _watcher = new FileSystemWatcher(_folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _server = new PreviewServer(port, this);
    }

    public string Url => _server.Url;

    public string OutDir => _options.OutDir;

    /// <summary>The built-in theme every spec is drawn in, or null for each spec's own.</summary>
    public string? Theme
    {
        get { lock (_gate) return _options.Theme; }
    }

    public bool AllowAuditFailures => _options.AllowAuditFailures;

    public AuditLevel Level => _options.Level;

    /// <summary>The spec saved most recently, by file name; null before the first save.</summary>
    public string? LastSaved { get; private set; }

    /// <summary>Raised after each render with the spec's state; the server tells the page to update.</summary>
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

    /// <summary>Draws and writes every spec again in another built-in theme (null: each spec's own), as <c>--theme</c> would.</summary>
    public void SetTheme(string? theme)
    {
        List<string> specs;
        lock (_gate)
        {
            if (theme == _options.Theme) return;
            _options = _options with { Theme = theme };
            specs = [.. _specs.Keys];
        }
        // One spec at a time, so the page can show each as it is ready.
        foreach (var spec in specs) RenderNow(spec, Stopwatch.StartNew(), initial: true);
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
            if (!initial) LastSaved = Path.GetFileName(spec);
            var duplicates = DuplicateIds.Find(SpecPaths.Expand([_folder]));
            var result = RenderCommand.RenderOne(spec, _options with { Force = true }, new Dictionary<string, ManifestEntry>(), duplicates);
            if (result.Entry is not null) Manifest.Update(_options.OutDir, [result.Entry]);
            var previous = _specs.GetValueOrDefault(spec);
            // A spec kept from being written by the audit or a shared id is still drawn, so the preview can show why.
            var drawn = result.Infographic ?? (Infographic.ParseFile(spec).Infographic is { } parsed ? ThemeOption.Apply(parsed, _options.Theme) : null);
            var audits = drawn is null
                ? previous?.Audits ?? new Dictionary<Orientation, AuditReport>()
                : _options.Layouts.ToDictionary(o => o, o => drawn.WithOrientation(o).Audit(_options.Level));
            var state = new WatchedSpec(spec, result.Report.Id ?? previous?.Id, result.Report.Diagnostics, drawn ?? previous?.Drawn,
                result.Status != RenderStatus.Failed, sinceSave.ElapsedMilliseconds, DateTimeOffset.Now, audits) { Saved = !initial };
            _specs[spec] = state;
            var line = result.Status == RenderStatus.Failed
                ? $"{state.Name}: {result.Report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors; {(state.DrawnButNotWritten ? "drawn in the preview, not written" : "the last good picture stays")}"
                : initial ? $"{state.Name}: rendered in {state.Milliseconds} ms" : $"{state.Name}: updated in {state.Milliseconds} ms after the save";
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
