using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary><c>render</c> on folders and globs: parallel, up-to-date skipping, chosen outputs and densities, progress and summary.</summary>
public sealed class RenderBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "out");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void A_second_run_skips_every_spec_as_up_to_date_and_force_renders_again()
    {
        var first = Run("render", Repo.Specs, "--out", Out);
        Assert.Equal(0, first.Code);
        var count = Directory.GetFiles(Repo.Specs, "*.yaml").Length;
        Assert.Contains($"{count} written, 0 up to date, 0 failed", first.Stdout);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(Out, "car-t-cell-therapy.png"));

        var second = Run("render", Repo.Specs, "--out", Out);
        Assert.Equal(0, second.Code);
        Assert.Contains($"0 written, {count} up to date, 0 failed", second.Stdout);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(Out, "car-t-cell-therapy.png")));

        var forced = Run("render", Repo.Specs, "--out", Out, "--force");
        Assert.Contains($"{count} written, 0 up to date", forced.Stdout);
    }

    [Fact]
    public void Changing_one_spec_renders_only_that_one()
    {
        var specs = Path.Combine(_folder.Path, "specs");
        Directory.CreateDirectory(specs);
        foreach (var file in Directory.GetFiles(Repo.Specs, "*.yaml")) File.Copy(file, Path.Combine(specs, Path.GetFileName(file)));
        Assert.Equal(0, Run("render", specs, "--out", Out).Code);
        var two = Path.Combine(specs, "two-steps.yaml");
        File.WriteAllText(two, File.ReadAllText(two).Replace("Two short steps", "Two quick steps"));
        var (code, stdout, _) = Run("render", specs, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains($"1 written, {Directory.GetFiles(specs, "*.yaml").Length - 1} up to date", stdout);
        Assert.Matches(@"two-steps\.yaml\s+blood-test\s+written", stdout);
    }

    [Fact]
    public void Format_picks_the_outputs_and_scale_adds_densities()
    {
        var (code, _, stderr) = Run("render", Path.Combine(Repo.Specs, "two-steps.yaml"), "--out", Out, "--format", "png,alt", "--scale", "3");
        Assert.True(code == 0, stderr);
        Assert.Equal(["blood-test.alt.txt", "blood-test.png", "blood-test.vertical.png", "blood-test.vertical@2x.png", "blood-test.vertical@3x.png", "blood-test@2x.png", "blood-test@3x.png", "manifest.json"],
            Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(Out, "blood-test@3x.png"));
        Assert.Equal(4800, bitmap.Width);
        using var vertical = SkiaSharp.SKBitmap.Decode(Path.Combine(Out, "blood-test.vertical@3x.png"));
        Assert.Equal(1080, vertical.Width);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "manifest.json")));
        Assert.Equal(7, manifest.RootElement.GetProperty("infographics")[0].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void A_glob_selects_specs_and_plain_lines_say_where_each_file_went()
    {
        var (code, stdout, _) = Run("render", Path.Combine(Repo.Specs, "tw*.yaml"), "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains("[1/1] ", stdout);
        Assert.Contains(Path.Combine(Out, "blood-test.svg"), stdout);
        Assert.Contains("spec", stdout.Split('\n').First(l => l.StartsWith("spec", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--format", "gif")]
    [InlineData("--scale", "9")]
    [InlineData("--scale", "x")]
    public void Wrong_choices_are_usage_errors(string option, string value)
    {
        var (code, _, stderr) = Run("render", Repo.Specs, "--out", Out, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr);
    }
}
