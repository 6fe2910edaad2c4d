using System.Text.Json;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// <c>--layout</c> on <c>render</c> and <c>check</c>: both cuts by default, each image in the manifest
/// with its layout, the figure serving the vertical PNGs through &lt;picture&gt;, and audit findings
/// that say which cut they are in.
/// </summary>
public sealed class LayoutOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "out");

    private static string Seed => Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml");

    private static string PaleGrey => Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    private JsonElement[] ManifestFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("infographics")[0].GetProperty("files").EnumerateArray().Select(f => f.Clone())];
    }

    private static string? Layout(JsonElement file) => file.TryGetProperty("layout", out var layout) ? layout.GetString() : null;

    [Fact]
    public void By_default_render_writes_both_cuts_and_the_manifest_names_each_images_layout()
    {
        var (code, _, stderr) = Run("render", Seed, "--out", Out);
        Assert.True(code == 0, stderr);
        var files = ManifestFiles().ToDictionary(f => f.GetProperty("path").GetString()!);
        Assert.Equal("horizontal", Layout(files["car-t-cell-therapy.png"]));
        Assert.Equal("horizontal", Layout(files["car-t-cell-therapy.svg"]));
        Assert.Equal("vertical", Layout(files["car-t-cell-therapy.vertical.png"]));
        Assert.Equal("vertical", Layout(files["car-t-cell-therapy.vertical.svg"]));
        Assert.Equal(360, files["car-t-cell-therapy.vertical.png"].GetProperty("width").GetInt32());
        Assert.Equal(720, files["car-t-cell-therapy.vertical@2x.png"].GetProperty("width").GetInt32());
        Assert.Equal(files["car-t-cell-therapy.vertical.png"].GetProperty("height").GetInt32() * 2, files["car-t-cell-therapy.vertical@2x.png"].GetProperty("height").GetInt32());
        Assert.Null(Layout(files["car-t-cell-therapy.alt.txt"]));
        using (var png = SkiaSharp.SKBitmap.Decode(Path.Combine(Out, "car-t-cell-therapy.vertical@2x.png"))) Assert.Equal(720, png.Width);
        Assert.Contains("width=\"360\"", File.ReadAllText(Path.Combine(Out, "car-t-cell-therapy.vertical.svg")).Split('\n').First(l => l.StartsWith("<svg", StringComparison.Ordinal)));

        var figure = File.ReadAllText(Path.Combine(Out, "car-t-cell-therapy.figure.html"));
        Assert.Contains("<picture>", figure);
        Assert.Contains($"srcset=\"car-t-cell-therapy.vertical.png 1x, car-t-cell-therapy.vertical@2x.png 2x\" width=\"360\" height=\"{files["car-t-cell-therapy.vertical.png"].GetProperty("height").GetInt32()}\"", figure);
        Assert.Contains("<img src=\"car-t-cell-therapy.png\" srcset=\"car-t-cell-therapy.png 1x, car-t-cell-therapy@2x.png 2x\" width=\"1600\"", figure);
    }

    [Fact]
    public void Layout_vertical_writes_only_the_phone_cut_and_its_figure()
    {
        var (code, _, stderr) = Run("render", Seed, "--out", Out, "--layout", "vertical");
        Assert.True(code == 0, stderr);
        Assert.Equal(
            ["car-t-cell-therapy.alt.txt", "car-t-cell-therapy.description.html", "car-t-cell-therapy.description.md", "car-t-cell-therapy.figure.html",
             "car-t-cell-therapy.vertical.png", "car-t-cell-therapy.vertical.svg", "car-t-cell-therapy.vertical@2x.png", "manifest.json"],
            Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(ManifestFiles().Where(f => f.GetProperty("kind").GetString() is "png" or "svg"), f => Assert.Equal("vertical", Layout(f)));
        var figure = File.ReadAllText(Path.Combine(Out, "car-t-cell-therapy.figure.html"));
        Assert.DoesNotContain("<picture>", figure);
        Assert.Contains("<img src=\"car-t-cell-therapy.vertical.png\" srcset=\"car-t-cell-therapy.vertical.png 1x, car-t-cell-therapy.vertical@2x.png 2x\" width=\"360\"", figure);
    }

    [Fact]
    public void Layout_horizontal_writes_todays_files_and_changing_the_layout_is_not_up_to_date()
    {
        Assert.Equal(0, Run("render", Seed, "--out", Out, "--layout", "horizontal").Code);
        Assert.DoesNotContain(Directory.GetFiles(Out), f => f.Contains(".vertical", StringComparison.Ordinal));
        Assert.DoesNotContain("<picture>", File.ReadAllText(Path.Combine(Out, "car-t-cell-therapy.figure.html")));
        Assert.Contains("0 written, 1 up to date", Run("render", Seed, "--out", Out, "--layout", "horizontal").Stdout);
        // The layout is part of the fingerprint: asking for both is new work.
        Assert.Contains("1 written, 0 up to date", Run("render", Seed, "--out", Out).Stdout);
        Assert.True(File.Exists(Path.Combine(Out, "car-t-cell-therapy.vertical.png")));
    }

    [Fact]
    public void Check_audits_both_cuts_and_says_which_one_a_finding_is_in()
    {
        var (code, stdout, _) = Run("check", PaleGrey);
        Assert.Equal(1, code);
        var lines = stdout.Split('\n').Where(l => l.Contains("DG0101", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("error DG0101: vertical: Step 1 of 2: Drawing blood, step-1-summary:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("error DG0101: Step 1 of 2: Drawing blood, step-1-summary:", StringComparison.Ordinal));

        var horizontal = Run("check", PaleGrey, "--layout", "horizontal");
        Assert.DoesNotContain("DG0101: vertical", horizontal.Stdout);
        Assert.Contains("DG0101: Step 1 of 2", horizontal.Stdout);
        var vertical = Run("check", PaleGrey, "--layout", "vertical");
        Assert.All(vertical.Stdout.Split('\n').Where(l => l.Contains("DG01", StringComparison.Ordinal)), l => Assert.Contains("DG0101: vertical", l));
    }

    [Fact]
    public void Render_audits_the_vertical_cut_before_writing()
    {
        var (code, _, stderr) = Run("render", PaleGrey, "--out", Out, "--layout", "vertical");
        Assert.Equal(1, code);
        Assert.Contains("DG0101: vertical: ", stderr);
        Assert.False(File.Exists(Path.Combine(Out, "blood-test.vertical.png")));
    }

    [Theory]
    [InlineData("render", "diagonal")]
    [InlineData("render", null)]
    [InlineData("check", "portrait")]
    public void A_wrong_layout_is_a_usage_error(string command, string? value)
    {
        string[] args = command == "render" ? ["render", Seed, "--out", Out, "--layout"] : ["check", Seed, "--layout"];
        var (code, _, stderr) = Run(value is null ? args : [.. args, value]);
        Assert.Equal(2, code);
        Assert.Contains("--layout takes 'horizontal', 'vertical' or 'both'", stderr);
    }

    [Fact]
    public void Help_names_the_layout_option_and_the_vertical_files()
    {
        var help = Run("render", "--help").Stdout;
        Assert.Contains("--layout <which>", help);
        Assert.Contains("<id>.vertical.png", help);
        Assert.Contains("<id>.vertical@3x.png", help);
    }
}
