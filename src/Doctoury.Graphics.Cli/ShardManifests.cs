using System.Security.Cryptography;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Cli;

/// <summary>One infographic as a shard's manifest lists it, with the folder its files are in and its place in that manifest.</summary>
internal sealed record ShardEntry(string Folder, int Index, ManifestEntry Entry)
{
    public string ManifestPath => Path.Combine(Folder, "manifest.json");
}

/// <summary>What <see cref="ShardManifests.Read"/> found: every entry with its problems, the problems of whole folders, and the entries to merge.</summary>
internal sealed record ShardRead(int Shards, IReadOnlyList<SpecReport> FolderProblems, IReadOnlyDictionary<ShardEntry, List<Diagnostic>> Entries, IReadOnlyList<ShardEntry> Chosen)
{
    public bool Failed => FolderProblems.Count > 0 || Entries.Values.Any(d => d.Count > 0);
}

/// <summary>
/// Reads and checks the manifests of the folders <c>render --shard</c> wrote, before <c>merge</c>
/// writes anything: each listed file must be there with the size and SHA-256 its manifest gives
/// (an artifact cut short in upload or download shows here), and an id may come from one shard only.
/// </summary>
internal static class ShardManifests
{
    public static ShardRead Read(IReadOnlyList<string> inputs)
    {
        var problems = new List<SpecReport>();
        var folders = Expand(inputs, problems);
        var entries = new Dictionary<ShardEntry, List<Diagnostic>>(ReferenceEqualityComparer.Instance);
        foreach (var folder in folders)
        {
            if (Manifest.ReadOrNull(folder) is not { } read)
            {
                problems.Add(Problem(Path.Combine(folder, "manifest.json"), "The shard's manifest.json cannot be read: it is not valid JSON or not of version " + Manifest.FormatVersion + ".", "Render the shard again, or download its artifact again."));
                continue;
            }
            for (var i = 0; i < read.Count; i++)
            {
                var entry = new ShardEntry(folder, i, read[i]);
                entries[entry] = [.. CheckFiles(entry)];
            }
        }
        var chosen = new List<ShardEntry>();
        foreach (var group in entries.Keys.Where(e => e.Entry.Id is not null).GroupBy(e => e.Entry.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The same entry twice (one folder named twice, a job re-run) is one infographic; the
            // same id with other files or another spec is two specs that would overwrite each other.
            var distinct = group.DistinctBy(e => Convert.ToHexString(Manifest.Serialize([e.Entry]))).ToList();
            if (distinct.Count == 1)
            {
                chosen.Add(group.First());
                continue;
            }
            foreach (var entry in distinct)
            {
                var others = string.Join(" and ", distinct.Where(o => o != entry).Select(o => $"{o.ManifestPath} (from {o.Entry.Spec})"));
                entries[entry].Add(Error(entry.ManifestPath, $"infographics[{entry.Index}].id",
                    $"The id '{entry.Entry.Id}' (from {entry.Entry.Spec}) is also in {others} with other files: two specs with one id would write the same files over each other.",
                    "Give each spec its own id, and merge the shards of one render only.", DuplicateIds.Code));
            }
        }
        return new ShardRead(folders.Count, problems, entries, chosen);
    }

    /// <summary>
    /// A folder with a <c>manifest.json</c> in a subfolder stands for those subfolders (the tree
    /// <c>actions/download-artifact</c> makes, one folder per artifact); any other folder stands for itself.
    /// </summary>
    private static List<string> Expand(IReadOnlyList<string> inputs, List<SpecReport> problems)
    {
        var folders = new List<string>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                problems.Add(Problem(input, "The shard folder does not exist.", "Name the folders that render --shard wrote, or the folder they were downloaded into."));
                continue;
            }
            var shards = Directory.EnumerateDirectories(input).Where(d => File.Exists(Path.Combine(d, "manifest.json"))).Order(StringComparer.Ordinal).ToList();
            if (shards.Count > 0) folders.AddRange(shards);
            else if (File.Exists(Path.Combine(input, "manifest.json"))) folders.Add(input);
            else problems.Add(Problem(input, "The folder has no manifest.json, and none of its subfolders has one.", "Name the folders that render --shard wrote, or the folder they were downloaded into."));
        }
        return folders.DistinctBy(Path.GetFullPath).ToList();
    }

    private static IEnumerable<Diagnostic> CheckFiles(ShardEntry shard)
    {
        var (folder, index, entry) = shard;
        if (entry.Id is null || !SpecBinder.IdPattern().IsMatch(entry.Id))
        {
            yield return Error(shard.ManifestPath, $"infographics[{index}].id", $"The id '{entry.Id}' is not one render writes (lower-case words joined by hyphens).", "Render the shard again; the manifest was changed by hand or damaged.");
            yield break;
        }
        for (var i = 0; i < entry.Files.Count; i++)
        {
            var file = entry.Files[i];
            var where = $"infographics[{index}].files[{i}]";
            // Only names render writes, so a damaged or hostile manifest cannot reach outside the folder
            // or replace the manifest, and two ids can never name one file.
            if (file.Path is null || Path.GetFileName(file.Path) != file.Path || file.Path.Contains('\\') || file.Path == "manifest.json" ||
                !(file.Path.StartsWith(entry.Id + ".", StringComparison.Ordinal) || file.Path.StartsWith(entry.Id + "@", StringComparison.Ordinal)))
            {
                yield return Error(shard.ManifestPath, where, $"'{file.Path}' is not a file name render writes for '{entry.Id}'.", "Render the shard again; the manifest was changed by hand or damaged.");
                continue;
            }
            var path = Path.Combine(folder, file.Path);
            if (Mismatch(path, file) is { } problem) yield return Error(shard.ManifestPath, where, $"{path} {problem}.", "Render the shard again, or download its artifact again.");
        }
    }

    /// <summary>Why the file on disk is not the one the manifest lists, or null when it is.</summary>
    public static string? Mismatch(string path, OutputFile file)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return "is missing";
            if (info.Length != file.Bytes) return $"has {info.Length} bytes where the manifest says {file.Bytes}";
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == file.Sha256 ? null : "does not match its SHA-256 in the manifest (damaged or changed after render)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + e.Message;
        }
    }

    /// <summary>An error placed at a path in a shard's manifest (<c>infographics[2].files[0]</c>); DG0018 unless another code is given.</summary>
    private static Diagnostic Error(string file, string path, string message, string fix, string code = SpecCodes.Io) =>
        new(code, DiagnosticSeverity.Error, message, file, 1, 1, path, fix);

    private static SpecReport Problem(string file, string message, string fix) =>
        new(file, null, [new Diagnostic(SpecCodes.Io, DiagnosticSeverity.Error, message, file, 1, 1, "", fix)], []);
}
