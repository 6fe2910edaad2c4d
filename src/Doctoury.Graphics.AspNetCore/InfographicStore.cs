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
/// Finds specs, checks them and draws their outputs on first request. A spec's version is a hash of
/// everything that makes its pictures: its text, the custom icon files it read (by their path
/// relative to the spec, so two servers agree) and their bytes, this library's version and the
/// options. A spec's text is hashed on each request and its icon files checked again, so a change
/// to either is drawn fresh; what is drawn stays in a memory cache of bounded size. Two requests
/// for the same new output draw it once, and the second awaits the first without holding a thread.
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
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>A parsed spec and the icon files it was drawn with, each with the digest of its bytes then.</summary>
    private sealed record ParsedSpec(SpecLookup Lookup, IReadOnlyList<(string Path, string Digest)> Icons);

    public InfographicStore(IInfographicSource source, IOptions<InfographicsOptions> options, ILogger<InfographicStore> logger)
    {
        _source = source;
        _options = options.Value;
        _logger = logger;
        if (!_options.Scales.Contains(1) || _options.Scales.Any(s => s is < 1 or > 8))
        {
            throw new InvalidOperationException($"InfographicsOptions.Scales must include 1 (the figure's image) and lie between 1 and 8; it is {string.Join(", ", _options.Scales)}.");
        }
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.CacheSizeLimit, TrackStatistics = true });
    }

    public InfographicsOptions Options => _options;

    /// <summary>What the cache holds now, as counted against <see cref="InfographicsOptions.CacheSizeLimit"/>.</summary>
    public long CachedBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The path the endpoint was mapped at (for example <c>/infographics</c>, or empty at the root), once it is.</summary>
    public string? Prefix { get; set; }

    public async ValueTask<SpecLookup> FindAsync(string id, CancellationToken cancellationToken)
    {
        var text = await _source.FindAsync(id, cancellationToken);
        if (text is null) return new SpecLookup.NotFound();
        // The text and where it was read from; the icon files are checked on every hit.
        var key = "spec:" + Hash(LibraryVersion, Settings, text.Name, text.Path ?? "", text.Yaml);
        if (_cache.TryGetValue(key, out ParsedSpec? known) && !Changed(known!.Icons)) return known.Lookup;
        _cache.Remove(key);
        var parsed = await GetOrCreate(key, ParsedSpecSize, () => Parse(id, text));
        return parsed.Lookup;
    }

    /// <summary>The output, drawn now or taken from the cache.</summary>
    public Task<RenderedOutput> RenderAsync(SpecLookup.Ready spec, OutputName name, string urlBase) =>
        GetOrCreate(ETag(spec, name, urlBase), null, () =>
            RenderedOutput.Of(OutputRenderer.Render(spec.Infographic, name, _options.FollowColorScheme, urlBase, [.. _options.Scales]), name.Kind, spec.Infographic.Language));

    /// <summary>
    /// The strong entity tag of an output, known before it is drawn: outputs are a pure function of
    /// the spec's version (the figure also of where its images are served), so a revalidation is
    /// answered without drawing, even after the output left the cache.
    /// </summary>
    public static string ETag(SpecLookup.Ready spec, OutputName name, string urlBase) =>
        $"\"{spec.Version}-{Hash(name.ToString(), name.Kind == OutputKind.Figure ? urlBase : "")[..16]}\"";

    private string Settings => $"{_options.AuditLevel}|{_options.AllowAuditFailures}|{_options.FollowColorScheme}|{string.Join(',', _options.Scales)}";

    private ParsedSpec Parse(string id, InfographicSpecText text)
    {
        var result = Infographic.ParseText(text.Yaml, text.Name, text.Path);
        if (result.Infographic is not { } infographic)
        {
            // An error may come from an icon file that is missing now; with a file, try again next time.
            return new(Failed(id, result.Diagnostics.Select(d => d.ToString())), text.Path is null ? [] : [(text.Path, "always parse again")]);
        }
        if (infographic.Id != id) return new(new SpecLookup.NotFound(), []);
        var specFile = text.Path is null ? null : Path.GetFullPath(text.Path);
        var folder = specFile is null ? null : Path.GetDirectoryName(specFile);
        var icons = infographic.SourceFiles.Where(f => f != specFile).Select(f => (f, Digest(f))).ToList();
        var problems = new List<string>();
        foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
        {
            var audit = infographic.WithOrientation(cut).Audit(_options.AuditLevel);
            var where = cut == Orientation.Vertical ? "vertical: " : "";
            problems.AddRange(audit.Findings.Select(f => $"{text.Name}: {(f.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {f.Rule}: {where}{f.Message}"));
        }
        if (problems.Count > 0 && !_options.AllowAuditFailures) return new(Failed(id, problems), icons);
        foreach (var problem in problems) _logger.LogWarning("Infographic {Id} is served although it fails the audit: {Problem}", id, problem);
        var version = Hash([LibraryVersion, Settings, text.Yaml, .. icons.SelectMany(i => new[] { folder is null ? i.f : Path.GetRelativePath(folder, i.f), i.Item2 })])[..16];
        return new(new SpecLookup.Ready(infographic, version), icons);
    }

    private SpecLookup.Failed Failed(string id, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        _logger.LogError("Infographic {Id} cannot be served:\n{Problems}", id, string.Join('\n', list));
        return new SpecLookup.Failed(list);
    }

    private static bool Changed(IReadOnlyList<(string Path, string Digest)> icons) => icons.Any(i => Digest(i.Path) != i.Digest);

    /// <summary>The SHA-256 of a file's bytes, or "missing".</summary>
    private static string Digest(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "missing";
        }
    }

    private static string Hash(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The cached value, or one made now, off the request's thread, by exactly one of the requests that ask for it.</summary>
    private async Task<T> GetOrCreate<T>(string key, long? size, Func<T> create) where T : class
    {
        if (_cache.TryGetValue(key, out T? cached)) return cached!;
        var lazy = _inFlight.GetOrAdd(key, _ => new Lazy<Task<object>>(() => Task.Run(() => (object)create())));
        try
        {
            var value = (T)await lazy.Value;
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = size ?? (value is RenderedOutput r ? r.Bytes.Length + 256 : 1024) });
            return value;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
        }
    }

    public void Dispose() => _cache.Dispose();
}
