using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>A spec looked up by id: ready to draw (with the hash that names this version), not found, or with errors.</summary>
internal abstract record SpecLookup
{
    public sealed record Ready(Infographic Infographic, string Version) : SpecLookup;

    public sealed record NotFound : SpecLookup;

    /// <summary>Parse errors or audit findings, each in the <c>file(line,col): error DG…</c> form.</summary>
    public sealed record Failed(IReadOnlyList<string> Problems) : SpecLookup;
}

/// <summary>
/// Finds specs, checks them and draws their outputs on first request, keyed by a hash of
/// everything that makes the picture: the spec text, its custom icon files, this library's
/// version and the options. A spec that changes has a new hash, so it is drawn fresh; what is
/// drawn stays in a memory cache of bounded size. Two requests for the same new output draw it once.
/// </summary>
internal sealed class InfographicStore : IDisposable
{
    /// <summary>What a parsed spec is counted as in the cache: its scene and text, not its pictures.</summary>
    private const long ParsedSpecSize = 256 * 1024;

    private static readonly string LibraryVersion =
        typeof(Infographic).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private readonly IInfographicSource _source;
    private readonly InfographicsOptions _options;
    private readonly ILogger _logger;
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<string, Lazy<object>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>The icon files each spec read when it was last parsed: their bytes are part of its hash.</summary>
    private readonly ConcurrentDictionary<string, string[]> _iconFiles = new(StringComparer.Ordinal);

    public InfographicStore(IInfographicSource source, IOptions<InfographicsOptions> options, ILogger<InfographicStore> logger)
    {
        _source = source;
        _options = options.Value;
        _logger = logger;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.CacheSizeLimit, TrackStatistics = true });
    }

    public InfographicsOptions Options => _options;

    /// <summary>What the cache holds now, as counted against <see cref="InfographicsOptions.CacheSizeLimit"/>.</summary>
    public long CachedBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The path the endpoint was mapped at (for example <c>/infographics</c>), once it is.</summary>
    public string? Prefix { get; set; }

    public async ValueTask<SpecLookup> FindAsync(string id, CancellationToken cancellationToken)
    {
        var text = await _source.FindAsync(id, cancellationToken);
        if (text is null) return new SpecLookup.NotFound();
        var key = Key(text, _iconFiles.TryGetValue(id, out var icons) ? icons : []);
        var lookup = GetOrCreate("spec:" + key, ParsedSpecSize, () => Parse(id, text, key));
        return lookup;
    }

    /// <summary>The output, drawn now or taken from the cache.</summary>
    public RenderedOutput Render(SpecLookup.Ready spec, OutputName name, string urlBase)
    {
        var key = $"out:{spec.Version}:{name}:{(name.Kind == OutputKind.Figure ? urlBase : "")}";
        return GetOrCreate(key, null, () =>
        {
            var bytes = OutputRenderer.Render(spec.Infographic, name, _options.FollowColorScheme, urlBase, [.. _options.Scales]);
            return RenderedOutput.Of(bytes, name.Kind, spec.Infographic.Language);
        });
    }

    private SpecLookup Parse(string id, InfographicSpecText text, string key)
    {
        var result = Infographic.ParseText(text.Yaml, text.Name, text.Path);
        if (result.Infographic is not { } infographic) return Failed(id, result.Diagnostics.Select(d => d.ToString()));
        if (infographic.Id != id) return new SpecLookup.NotFound();
        var icons = infographic.SourceFiles.Where(f => f != text.Path).ToArray();
        if (icons.Length > 0 || _iconFiles.ContainsKey(id))
        {
            _iconFiles[id] = icons;
            key = Key(text, icons); // the first parse of a spec with icons learns them here
        }
        var problems = new List<string>();
        foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
        {
            var audit = infographic.WithOrientation(cut).Audit(_options.AuditLevel);
            var where = cut == Orientation.Vertical ? "vertical: " : "";
            problems.AddRange(audit.Findings.Select(f => $"{text.Name}: {(f.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {f.Rule}: {where}{f.Message}"));
        }
        if (problems.Count > 0 && !_options.AllowAuditFailures) return Failed(id, problems);
        foreach (var problem in problems) _logger.LogWarning("Infographic {Id} is served although it fails the audit: {Problem}", id, problem);
        return new SpecLookup.Ready(infographic, key[..16]);
    }

    private SpecLookup.Failed Failed(string id, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        _logger.LogError("Infographic {Id} cannot be served:\n{Problems}", id, string.Join('\n', list));
        return new SpecLookup.Failed(list);
    }

    /// <summary>Everything that makes the picture, hashed.</summary>
    private string Key(InfographicSpecText text, IReadOnlyList<string> iconFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) { hash.AppendData(Encoding.UTF8.GetBytes(value)); hash.AppendData([0]); }
        Add(LibraryVersion);
        Add($"{_options.AuditLevel}|{_options.AllowAuditFailures}|{_options.FollowColorScheme}|{string.Join(',', _options.Scales)}");
        Add(text.Name);
        Add(text.Yaml);
        foreach (var file in iconFiles)
        {
            Add(file);
            try { hash.AppendData(File.ReadAllBytes(file)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Add("missing"); }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The cached value, or one made now by exactly one of the requests that ask for it.</summary>
    private T GetOrCreate<T>(string key, long? size, Func<T> create) where T : class
    {
        if (_cache.TryGetValue(key, out T? cached)) return cached!;
        var lazy = _inFlight.GetOrAdd(key, _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var value = (T)lazy.Value;
            var bytes = size ?? (value is RenderedOutput r ? r.Bytes.Length + 256 : 1024);
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = bytes });
            return value;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy));
        }
    }

    public void Dispose() => _cache.Dispose();
}
