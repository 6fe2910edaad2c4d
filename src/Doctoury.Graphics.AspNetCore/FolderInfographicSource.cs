using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>
/// The specs of one folder (<c>*.yaml</c> and <c>*.yml</c> directly in it), found by the id they declare,
/// so <c>two-steps.yaml</c> with <c>id: blood-test</c> is served as <c>blood-test</c>. The folder is
/// listed again when an id is not known or its file no longer declares it, at most once a second,
/// so requests for ids that do not exist cannot keep the disk busy; a file's id is read again only
/// when its size or time changed. The spec asked for is read on each request (its text is the cache key).
/// </summary>
public sealed partial class FolderInfographicSource : IInfographicSource
{
    private static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(1);

    private readonly string _folder;
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, string? Id)> _files = new(StringComparer.Ordinal);
    private readonly object _scanGate = new();
    private volatile IReadOnlyDictionary<string, string> _byId = new Dictionary<string, string>();
    private long? _lastScan;

    /// <param name="folder">The folder of spec files.</param>
    public FolderInfographicSource(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = Path.GetFullPath(folder);
    }

    /// <inheritdoc />
    public async ValueTask<InfographicSpecText?> FindAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (_byId.TryGetValue(id, out var path))
            {
                var text = await ReadAsync(path, cancellationToken);
                if (text is not null && DeclaredId(text) == id) return new(text, Path.Combine(Path.GetFileName(_folder), Path.GetFileName(path)), path);
            }
            if (attempt == 0 && !Rescan()) break;
        }
        return null;
    }

    private static async Task<string?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Lists the folder again unless it was listed less than a second ago; true when it was.</summary>
    private bool Rescan()
    {
        lock (_scanGate)
        {
            var now = Environment.TickCount64;
            if (now - _lastScan < RescanInterval.TotalMilliseconds) return false; // null (never listed) compares false
            _lastScan = now;
            var byId = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Directory.Exists(_folder))
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var info in new DirectoryInfo(_folder).EnumerateFiles().Where(f => f.Extension is ".yaml" or ".yml").OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    seen.Add(info.FullName);
                    var id = _files.TryGetValue(info.FullName, out var known) && known.Written == info.LastWriteTimeUtc && known.Length == info.Length
                        ? known.Id
                        : ReadId(info);
                    _files[info.FullName] = (info.LastWriteTimeUtc, info.Length, id);
                    if (id is not null) byId.TryAdd(id, info.FullName); // the first file by name wins a duplicate id
                }
                foreach (var gone in _files.Keys.Where(k => !seen.Contains(k))) _files.TryRemove(gone, out _);
            }
            _byId = byId;
            return true;
        }
    }

    private static string? ReadId(FileInfo info)
    {
        try
        {
            return info.Length > 256 * 1024 ? null : DeclaredId(File.ReadAllText(info.FullName, Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The top-level <c>id:</c> of a spec, read without parsing it (the parser checks it again).</summary>
    internal static string? DeclaredId(string yaml)
    {
        var match = IdLine().Match(yaml);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"^id:[ \t]*(?<q>[""']?)(?<id>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)\k<q>[ \t]*(?:#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IdLine();
}
