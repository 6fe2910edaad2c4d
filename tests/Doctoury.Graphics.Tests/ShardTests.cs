using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The folder <c>specs/</c> rendered once whole and once in three shards, shared by the tests:
/// only the alt text of the horizontal cut, since what is checked here is which spec went where,
/// and all of <c>specs/</c> four times in every output would take minutes on two cores.
/// </summary>
public sealed class ShardedSpecs : IDisposable
{
    public static readonly string[] Quick = ["--format", "alt", "--layout", "horizontal"];

    private readonly TempFolder _folder = new();

    public ShardedSpecs()
    {
        Assert.Equal(0, Support.Cli.Run(["render", Repo.Specs, "--out", Whole, .. Quick]).Code);
        for (var i = 1; i <= 3; i++)
        {
            var (code, _, stderr) = Support.Cli.Run(["render", Repo.Specs, "--out", Shard(i), "--shard", $"{i}/3", .. Quick]);
            Assert.True(code == 0, stderr);
        }
    }

    public string Whole => Path.Combine(_folder.Path, "whole");

    public string Shard(int i) => Path.Combine(_folder.Path, $"shard-{i}");

    public void Dispose() => _folder.Dispose();
}

/// <summary><c>render --shard i/n</c> and <c>merge</c>: n jobs render each spec once, and merging them gives the unsharded folder.</summary>
public sealed class ShardTests(ShardedSpecs rendered) : IClassFixture<ShardedSpecs>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    private static List<string> Ids(string folder) => [.. Manifest.Read(folder).Select(e => e.Id)];

    /// <summary>Copies the three shard folders under one folder, as downloading every CI artifact does.</summary>
    private string Downloaded()
    {
        var root = Path.Combine(_folder.Path, "artifacts");
        for (var i = 1; i <= 3; i++)
        {
            var shard = Directory.CreateDirectory(Path.Combine(root, $"shard-{i}")).FullName;
            foreach (var file in Directory.GetFiles(rendered.Shard(i))) File.Copy(file, Path.Combine(shard, Path.GetFileName(file)));
        }
        return root;
    }

    [Fact]
    public void Three_shards_render_every_spec_exactly_once()
    {
        var shards = Enumerable.Range(1, 3).Select(i => Ids(rendered.Shard(i))).ToList();
        var all = shards.SelectMany(ids => ids).ToList();
        Assert.Equal(Directory.GetFiles(Repo.Specs, "*.yaml").Length, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(Ids(rendered.Whole), all.Order(StringComparer.Ordinal));
        // Not needed for correctness, but docs/sharding.md says so: with these specs no job of three idles.
        Assert.All(shards, ids => Assert.NotEmpty(ids));
    }

    [Fact]
    public void The_merged_folder_equals_the_unsharded_one_byte_for_byte()
    {
        var merged = Path.Combine(_folder.Path, "merged");
        var (code, stdout, stderr) = Run("merge", rendered.Shard(1), rendered.Shard(2), rendered.Shard(3), "--out", merged);
        Assert.True(code == 0, stderr);
        Assert.Contains("merged 13 infographics from 3 shards", stdout);
        Assert.Equal(File.ReadAllBytes(Path.Combine(rendered.Whole, "manifest.json")), File.ReadAllBytes(Path.Combine(merged, "manifest.json")));
        Assert.Equal(Directory.GetFiles(rendered.Whole).Select(Path.GetFileName).Order(), Directory.GetFiles(merged).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_downloaded_tree_merges_in_place_and_again_without_copying()
    {
        var root = Downloaded();
        Assert.Equal(0, Run("merge", root, "--out", root).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(rendered.Whole, "manifest.json")), File.ReadAllBytes(Path.Combine(root, "manifest.json")));
        // The root now has a manifest too, but its subfolders still stand for it; nothing is copied twice.
        var again = Run("merge", root, "--out", root);
        Assert.Equal(0, again.Code);
        Assert.Contains("0 files copied", again.Stdout);
    }

    [Fact]
    public void A_spec_falls_in_the_same_shard_whatever_the_order_or_spelling_of_the_inputs()
    {
        var files = Directory.GetFiles(Repo.Specs, "*.yaml").Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)).Reverse().ToArray();
        var reordered = Path.Combine(_folder.Path, "reordered");
        Assert.Equal(0, Run(["render", .. files, "--out", reordered, "--shard", "2/3", .. ShardedSpecs.Quick]).Code);
        Assert.Equal(Ids(rendered.Shard(2)), Ids(reordered));
        // The part is a hash of the id alone, pinned here so it cannot change between versions of the tool
        // while two jobs of one matrix run different ones.
        Assert.Equal(2, Cli.Shard.PartOf("blood-test", 3));
        Assert.Equal(5, Cli.Shard.PartOf("car-t-cell-therapy", 7));
        Assert.Equal(1, Cli.Shard.PartOf("flu-vaccine", 1));
    }

    [Fact]
    public void More_shards_than_specs_leave_empty_shards_with_a_manifest_that_merges()
    {
        var spec = Path.Combine(Repo.Specs, "two-steps.yaml");
        var folders = Enumerable.Range(1, 4).Select(i => Path.Combine(_folder.Path, $"part-{i}")).ToArray();
        for (var i = 1; i <= 4; i++) Assert.Equal(0, Run(["render", spec, "--out", folders[i - 1], "--shard", $"{i}/4", .. ShardedSpecs.Quick]).Code);
        Assert.Equal(1, folders.Sum(f => Ids(f).Count));
        var whole = Path.Combine(_folder.Path, "whole");
        Assert.Equal(0, Run(["render", spec, "--out", whole, .. ShardedSpecs.Quick]).Code);
        var merged = Path.Combine(_folder.Path, "merged");
        Assert.Equal(0, Run(["merge", .. folders, "--out", merged]).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "manifest.json")), File.ReadAllBytes(Path.Combine(merged, "manifest.json")));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("+1/3")]
    [InlineData("1 /3")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("1/3/4")]
    [InlineData("1.0/3")]
    [InlineData("")]
    [InlineData(null)]
    public void Bad_shard_values_are_usage_errors_naming_the_flag(string? value)
    {
        string[] args = ["render", Repo.Specs, "--out", Path.Combine(_folder.Path, "out"), "--shard"];
        var (code, _, stderr) = Run(value is null ? args : [.. args, value]);
        Assert.Equal(2, code);
        Assert.Contains("--shard takes i/n", stderr);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")));
    }

    [Theory]
    [InlineData("merge")]
    [InlineData("merge shards")]
    [InlineData("merge shards --out")]
    [InlineData("merge shards --out o --format svg")]
    [InlineData("merge shards --out o --bogus")]
    public void Merge_usage_errors_exit_2(string commandLine)
    {
        var (code, _, stderr) = Run(commandLine.Split(' '));
        Assert.Equal(2, code);
        Assert.StartsWith("doctoury-graphics: ", stderr);
    }

    [Fact]
    public void A_missing_or_damaged_file_stops_the_merge_and_the_out_folder_keeps_what_it_had()
    {
        var root = Downloaded();
        var merged = Path.Combine(_folder.Path, "merged");
        Assert.Equal(0, Run("merge", root, "--out", merged).Code);
        var before = Directory.GetFiles(merged).ToDictionary(f => f, File.ReadAllBytes);

        var shard = Path.Combine(root, "shard-2");
        var entries = Manifest.Read(shard);
        var damaged = Path.Combine(shard, entries[0].Files[0].Path);
        var bytes = File.ReadAllBytes(damaged);
        bytes[0] ^= 1; // the same size, other bytes: only the SHA-256 can tell
        File.WriteAllBytes(damaged, bytes);
        var missing = Path.Combine(root, "shard-3", Manifest.Read(Path.Combine(root, "shard-3"))[0].Files[0].Path);
        File.Delete(missing);

        var (code, _, stderr) = Run("merge", root, "--out", merged);
        Assert.Equal(1, code);
        Assert.Contains($"error DG0018: {damaged} does not match its SHA-256", stderr);
        Assert.Contains($"error DG0018: {missing} is missing", stderr);
        Assert.Contains("Nothing was merged", stderr);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(merged).Order());
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public void One_id_from_two_shards_with_other_files_is_refused()
    {
        var other = Path.Combine(_folder.Path, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "another-blood-test.yaml"), File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml")).Replace("Two short steps", "Two quick steps"));
        var stray = Path.Combine(_folder.Path, "stray");
        Assert.Equal(0, Run(["render", other, "--out", stray, .. ShardedSpecs.Quick]).Code);
        var holder = Enumerable.Range(1, 3).Select(rendered.Shard).Single(s => Ids(s).Contains("blood-test"));

        var merged = Path.Combine(_folder.Path, "merged");
        var (code, stdout, _) = Run("merge", rendered.Shard(1), rendered.Shard(2), rendered.Shard(3), stray, "--out", merged, "--format", "json");
        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal("merge", report.RootElement.GetProperty("command").GetString());
        var clashes = report.RootElement.GetProperty("specs").EnumerateArray()
            .SelectMany(s => s.GetProperty("diagnostics").EnumerateArray()).Where(d => d.GetProperty("code").GetString() == "DG0025").ToList();
        Assert.Equal(2, clashes.Count);
        Assert.Contains(clashes, d => d.GetProperty("file").GetString() == Path.Combine(holder, "manifest.json") && d.GetProperty("message").GetString()!.Contains("another-blood-test.yaml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void The_same_shard_named_twice_merges_once()
    {
        var merged = Path.Combine(_folder.Path, "merged");
        var (code, stdout, stderr) = Run("merge", rendered.Shard(1), rendered.Shard(1), rendered.Whole, "--out", merged);
        Assert.True(code == 0, stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(rendered.Whole, "manifest.json")), File.ReadAllBytes(Path.Combine(merged, "manifest.json")));
        Assert.Contains("merged 13 infographics", stdout);
    }

    [Theory]
    [InlineData("../escape.alt.txt")]
    [InlineData("manifest.json")]
    [InlineData("other-id.alt.txt")]
    public void A_manifest_naming_a_file_render_would_not_write_is_refused(string name)
    {
        var shard = Path.Combine(_folder.Path, "shard");
        Directory.CreateDirectory(shard);
        File.WriteAllText(Path.Combine(_folder.Path, "escape.alt.txt"), "x");
        var entry = new ManifestEntry("blood-test", "t", "a", "two-steps.yaml", [new OutputFile(name, "alt", null, null, 1, new string('0', 64))]);
        Manifest.Write(shard, [entry]);
        var (code, _, stderr) = Run("merge", shard, "--out", Path.Combine(_folder.Path, "out"));
        Assert.Equal(1, code);
        Assert.Contains($"'{name}' is not a file name render writes for 'blood-test'", stderr);
    }

    [Fact]
    public void The_docs_show_the_matrix_and_the_readme_links_them()
    {
        var docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "sharding.md"));
        Assert.Contains("render specs --out out --shard ${{ matrix.shard }}/3", docs);
        Assert.Contains("doctoury-graphics merge shards --out", docs);
        Assert.Contains("(docs/sharding.md)", File.ReadAllText(Path.Combine(Repo.Root, "README.md")));
    }

    [Fact]
    public void Help_lists_the_shard_option_and_the_merge_command()
    {
        var help = Run("--help").Stdout;
        Assert.Contains("--shard <i/n>", help);
        Assert.Contains("doctoury-graphics merge <shard folders>... --out <dir>", help);
        Assert.Contains("--out <dir>", Run("merge", "--help").Stdout);
    }
}
