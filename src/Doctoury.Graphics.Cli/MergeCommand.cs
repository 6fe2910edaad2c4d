using System.Security.Cryptography;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// <c>merge &lt;shard folders&gt;... --out &lt;dir&gt;</c>: joins what the jobs of
/// <c>render --shard i/n</c> wrote into one folder and one manifest. Everything is checked before
/// anything is written (<see cref="ShardManifests"/>); with any problem nothing is copied and the
/// manifest in <c>--out</c> is left as it was. Files are copied as render writes them (temporary name,
/// then rename), files already there with the right bytes are left alone, and nothing in <c>--out</c>
/// is deleted. The manifest is updated as render updates it: the shards' entries are added or
/// replace those of the same id, and other earlier entries stay, so merging into a fresh folder
/// gives, byte for byte, the manifest one unsharded render would have written.
/// </summary>
internal static class MergeCommand
{
    public const string Help = """
        doctoury-graphics merge <shard folders>... --out <dir> [--format text|json]

        Joins the folders written by 'render --shard i/n' (one per CI job) into <dir>: checks that
        every file each manifest.json lists is there with its size and SHA-256, and that no id comes
        from two shards with other files (DG0025), then copies the files and writes the merged
        manifest.json, the one a single render of all the specs would have written. A folder whose
        subfolders hold manifest.json files stands for those subfolders (what downloading every
        artifact gives); <dir> may be that folder itself, to merge in place. With any problem,
        nothing is written. Exit codes: 0 merged, 1 a problem in the shards, 2 wrong command line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error, help) = MergeOptions.Parse(args);
        if (help)
        {
            stdout.WriteLine(Help);
            return CommandLine.Ok;
        }
        if (options is null) return CommandLine.UsageError(stderr, error!);

        var read = ShardManifests.Read(options.Inputs);
        var written = new Dictionary<ShardEntry, List<OutputFile>>(ReferenceEqualityComparer.Instance);
        var failure = read.Failed ? null : Copy(read.Chosen, options.OutDir, written);
        var reports = Reports(read, written, failure);
        var ok = !read.Failed && failure is null;

        if (options.Report == OutputFormat.Json)
        {
            DiagnosticReport.WriteJson(stdout, "merge", reports);
        }
        else
        {
            foreach (var diagnostic in reports.SelectMany(r => r.Diagnostics)) stderr.WriteLine(diagnostic);
            var copied = written.Values.Sum(w => w.Count);
            var files = read.Chosen.Sum(e => e.Entry.Files.Count);
            if (ok) stdout.WriteLine($"merged {read.Chosen.Count} infographics from {read.Shards} shards into {Path.Combine(options.OutDir, "manifest.json")}: {copied} files copied, {files - copied} already there.");
            else if (failure is null) stderr.WriteLine($"Nothing was merged: fix the shards above and run merge again. {options.OutDir} was left as it was.");
            else stderr.WriteLine($"The merge stopped while copying; the manifest in {options.OutDir} was not updated, and no file there was deleted.");
        }
        return ok ? CommandLine.Ok : CommandLine.InvalidInput;
    }

    /// <summary>Copies the checked files into <paramref name="outDir"/>, then updates its manifest; the error when writing fails.</summary>
    private static Diagnostic? Copy(IReadOnlyList<ShardEntry> chosen, string outDir, Dictionary<ShardEntry, List<OutputFile>> written)
    {
        try
        {
            Directory.CreateDirectory(outDir);
            foreach (var shard in chosen)
            {
                var copied = written[shard] = [];
                foreach (var file in shard.Entry.Files)
                {
                    var source = Path.Combine(shard.Folder, file.Path);
                    var target = Path.Combine(outDir, file.Path);
                    // In place (the shard is the out folder) or already copied by an earlier merge.
                    if (Path.GetFullPath(source) == Path.GetFullPath(target) || ShardManifests.Mismatch(target, file) is null) continue;
                    var bytes = File.ReadAllBytes(source);
                    if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256) throw new IOException($"{source} changed after it was checked.");
                    AtomicFile.Write(target, bytes);
                    copied.Add(file);
                }
            }
            Manifest.Update(outDir, [.. chosen.Select(e => e.Entry)]);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(SpecCodes.Io, DiagnosticSeverity.Error, "The merged files cannot be written: " + e.Message, outDir, 1, 1, "", "Check the output folder's permissions and free space; files already there were kept.");
        }
    }

    /// <summary>One report for each problem of a whole folder, then one for each infographic, by id.</summary>
    private static List<SpecReport> Reports(ShardRead read, Dictionary<ShardEntry, List<OutputFile>> written, Diagnostic? failure)
    {
        var reports = new List<SpecReport>(read.FolderProblems);
        var shown = read.Failed ? read.Entries.Keys : read.Chosen;
        reports.AddRange(shown.OrderBy(e => e.Entry.Id, StringComparer.Ordinal).ThenBy(e => e.Folder, StringComparer.Ordinal)
            .Select(e => new SpecReport(e.ManifestPath, e.Entry.Id, read.Entries[e], written.GetValueOrDefault(e) ?? [])));
        if (failure is not null) reports.Add(new SpecReport(failure.File, null, [failure], []));
        return reports;
    }
}
