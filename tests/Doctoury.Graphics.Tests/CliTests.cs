using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("dg-cli-").FullName;

    public void Dispose() => Directory.Delete(_out, true);

    private static string Seed => Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml");

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Render_writes_every_output_and_a_manifest()
    {
        var (code, stdout, stderr) = Run("render", Seed, "--out", _out);
        Assert.True(code == 0, stderr);
        Assert.Contains("car-t-cell-therapy", stdout);
        string[] expected =
        [
            "car-t-cell-therapy.png", "car-t-cell-therapy@2x.png", "car-t-cell-therapy.svg", "car-t-cell-therapy.alt.txt",
            "car-t-cell-therapy.description.md", "car-t-cell-therapy.description.html", "car-t-cell-therapy.figure.html", "manifest.json",
        ];
        Assert.Equal(expected.Order(), Directory.GetFiles(_out).Select(Path.GetFileName).Order());

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")));
        var entry = manifest.RootElement.GetProperty("infographics")[0];
        Assert.Equal(File.ReadAllText(Path.Combine(_out, "car-t-cell-therapy.alt.txt")).TrimEnd('\n'), entry.GetProperty("alt").GetString());
        var png = entry.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "car-t-cell-therapy.png");
        Assert.Equal(1600, png.GetProperty("width").GetInt32());
        var png2x = entry.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "car-t-cell-therapy@2x.png");
        Assert.Equal(3200, png2x.GetProperty("width").GetInt32());
        foreach (var file in entry.GetProperty("files").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(_out, file.GetProperty("path").GetString()!));
            Assert.Equal(bytes.LongLength, file.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        }
        using var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(_out, "car-t-cell-therapy@2x.png"));
        Assert.Equal(3200, bitmap.Width);
    }

    [Fact]
    public void A_bad_spec_fails_with_file_line_column_and_the_good_ones_are_still_written()
    {
        var bad = Path.Combine(_out, "bad.yaml");
        File.WriteAllText(bad, File.ReadAllText(Seed).Replace("icon: dna", "icon: dnaa"));
        var (code, _, stderr) = Run("render", bad, Seed, "--out", _out);
        Assert.Equal(1, code);
        Assert.Contains($"{bad}(23,13): error DG0013: Unknown icon 'dnaa'.", stderr);
        Assert.True(File.Exists(Path.Combine(_out, "car-t-cell-therapy.svg")));
    }

    [Fact]
    public void A_failed_render_keeps_the_previous_good_output()
    {
        Assert.Equal(0, Run("render", Seed, "--out", _out).Code);
        var before = File.ReadAllBytes(Path.Combine(_out, "car-t-cell-therapy.svg"));
        var broken = Path.Combine(_out, "car-t-cell-therapy.yaml");
        File.WriteAllText(broken, File.ReadAllText(Seed).Replace("title: CAR T-cell therapy", "title: [broken"));
        Assert.Equal(1, Run("render", broken, "--out", _out).Code);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_out, "car-t-cell-therapy.svg")));
        Assert.Empty(Directory.GetFiles(_out, "*.tmp-*"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("render")]
    [InlineData("render x.yaml")]
    [InlineData("draw x.yaml")]
    [InlineData("render x.yaml --out")]
    [InlineData("render x.yaml --bogus o")]
    public void Usage_errors_exit_2_with_a_message(string commandLine)
    {
        var (code, _, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, code);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Missing_file_is_reported_and_exits_1()
    {
        var (code, _, stderr) = Run("render", Path.Combine(_out, "missing.yaml"), "--out", _out);
        Assert.Equal(1, code);
        Assert.Contains("missing.yaml", stderr);
        Assert.Contains("DG0018", stderr);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        Assert.Equal(0, Run("--help").Code);
        Assert.Equal(0, Run("--version").Code);
    }
}
