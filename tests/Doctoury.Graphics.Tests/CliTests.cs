using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("dg-cli-").FullName;

    public void Dispose() => Directory.Delete(_out, true);

    private static string Seed => Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void Render_writes_every_output_and_a_manifest()
    {
        var (code, stdout, stderr) = Run("render", Seed, "--out", _out);
        Assert.True(code == 0, stderr);
        Assert.Contains("car-t-cell-therapy", stdout);
        string[] expected =
        [
            "car-t-cell-therapy.png", "car-t-cell-therapy@2x.png", "car-t-cell-therapy.svg", "car-t-cell-therapy.alt.txt",
            "car-t-cell-therapy.vertical.png", "car-t-cell-therapy.vertical@2x.png", "car-t-cell-therapy.vertical.svg",
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
    public void Two_specs_with_one_id_are_an_error_naming_both_and_neither_is_written()
    {
        var specs = Directory.CreateDirectory(Path.Combine(_out, "specs")).FullName;
        var two = File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml"));
        File.WriteAllText(Path.Combine(specs, "blood-test.yaml"), two);
        File.WriteAllText(Path.Combine(specs, "blood-test-copy.yaml"), two.Replace("title: Having a blood test", "title: Having a blood test (copy)"));
        File.Copy(Seed, Path.Combine(specs, "car-t.yaml"));

        var (code, stdout, _) = Run("check", specs);
        Assert.Equal(1, code);
        Assert.Contains("blood-test.yaml(3,5): error DG0025: The id 'blood-test' is also the id of blood-test-copy.yaml", stdout);
        Assert.Contains("blood-test-copy.yaml(3,5): error DG0025: The id 'blood-test' is also the id of blood-test.yaml", stdout);
        Assert.Contains("id: blood-test-2", stdout);

        var rendered = Path.Combine(_out, "rendered");
        var render = Run("render", specs, "--out", rendered);
        Assert.Equal(1, render.Code);
        Assert.Contains("DG0025", render.Stderr + render.Stdout);
        Assert.Empty(Directory.GetFiles(rendered, "blood-test*"));
        Assert.True(File.Exists(Path.Combine(rendered, "car-t-cell-therapy.png")), "the other specs are still written");
    }

    [Fact]
    public void Theme_draws_every_spec_in_a_built_in_theme_without_touching_the_files()
    {
        var before = File.ReadAllText(Seed);
        var (code, _, stderr) = Run("render", Seed, "--out", _out, "--theme", "dark", "--format", "svg", "--layout", "horizontal");
        Assert.True(code == 0, stderr);
        var dark = Repo.Load("car-t-cell-therapy.yaml").WithTheme("dark");
        Assert.Equal(dark.RenderSvg(), File.ReadAllText(Path.Combine(_out, "car-t-cell-therapy.svg")));
        Assert.Equal(before, File.ReadAllText(Seed));
        Assert.Contains("0 up to date", Run("render", Seed, "--out", _out, "--theme", "high-contrast", "--format", "svg", "--layout", "horizontal").Stdout); // the theme is part of the up-to-date check

        Assert.Equal(0, Run("check", Seed, "--theme", "high-contrast", "--level", "AAA").Code);
        var wrong = Run("check", Seed, "--theme", "neon");
        Assert.Equal(2, wrong.Code);
        Assert.Contains("doctoury, dark, high-contrast", wrong.Stderr);
    }

    [Fact]
    public void Check_exits_0_for_the_valid_specs_and_renders_nothing()
    {
        var (code, stdout, _) = Run("check", Repo.Specs);
        Assert.Equal(0, code);
        // long-title.yaml's 120-character title is there on purpose, and warned about.
        Assert.Contains($"Checked {Directory.GetFiles(Repo.Specs, "*.yaml").Length} specs: all valid; 0 errors, 1 warning.", stdout);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Fact]
    public void Check_prints_compiler_style_lines_and_exits_1()
    {
        var bad = Path.Combine(Repo.Specs, "invalid", "three-mistakes.yaml");
        var (code, stdout, _) = Run("check", bad);
        Assert.Equal(1, code);
        Assert.Contains($"{bad}(2,1): error DG0003: The key 'title' is missing.", stdout);
        Assert.Contains($"{bad}(9,7): error DG0002: Unknown key 'sumary'. Did you mean 'summary'?", stdout);
        Assert.Contains($"{bad}(10,11): error DG0007: ", stdout);
    }

    [Fact]
    public void Check_speaks_json_for_machines()
    {
        var bad = Path.Combine(Repo.Specs, "invalid", "three-mistakes.yaml");
        var (code, stdout, _) = Run("check", Seed, bad, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(3, root.GetProperty("errors").GetInt32());
        var specs = root.GetProperty("specs");
        Assert.True(specs[0].GetProperty("ok").GetBoolean());
        Assert.Equal("car-t-cell-therapy", specs[0].GetProperty("id").GetString());
        var first = specs[1].GetProperty("diagnostics")[0];
        Assert.Equal("DG0003", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
        Assert.Equal(1, first.GetProperty("column").GetInt32());
        Assert.Equal("title", first.GetProperty("path").GetString());
        Assert.Equal(bad, first.GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check --format xml x.yaml")]
    [InlineData("check --format")]
    [InlineData("check --strict x.yaml")]
    [InlineData("render x.yaml --out o --format")]
    public void Check_usage_errors_exit_2(string commandLine)
    {
        Assert.Equal(2, Run(commandLine.Split(' ')).Code);
    }

    [Fact]
    public void A_failed_spec_in_a_later_batch_keeps_its_earlier_outputs_in_the_manifest()
    {
        var folder = Path.Combine(_out, "specs");
        Directory.CreateDirectory(folder);
        var spec = Path.Combine(folder, "two.yaml");
        File.Copy(Path.Combine(Repo.Specs, "two-steps.yaml"), spec);
        Assert.Equal(0, Run("render", Seed, spec, "--out", _out).Code);

        File.WriteAllText(spec, File.ReadAllText(spec).Replace("icon: microscope", "icon: microscop"));
        var (code, _, stderr) = Run("render", Seed, spec, "--out", _out);
        Assert.Equal(1, code);
        Assert.Contains("error DG0013: Unknown icon 'microscop'.", stderr);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")));
        Assert.Equal(["blood-test", "car-t-cell-therapy"], manifest.RootElement.GetProperty("infographics").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.True(File.Exists(Path.Combine(_out, "blood-test.png")));
    }

    [Fact]
    public void Render_takes_a_folder_and_renders_the_specs_directly_inside_it()
    {
        var (code, stdout, stderr) = Run("render", Repo.Specs, "--out", _out, "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var count = Directory.GetFiles(Repo.Specs, "*.yaml").Length;
        Assert.Equal(count, json.RootElement.GetProperty("specs").GetArrayLength());
        Assert.Equal(2 * count, Directory.GetFiles(_out, "*.svg").Length); // each spec's horizontal and vertical SVG
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_earlier_outputs_whole_and_no_temporary_files()
    {
        Assert.Equal(0, Run("render", Seed, "--out", _out).Code);
        var png = File.ReadAllBytes(Path.Combine(_out, "car-t-cell-therapy.png"));
        // A folder where the SVG should go makes the rename of the SVG fail after the PNGs are written.
        File.Delete(Path.Combine(_out, "car-t-cell-therapy.svg"));
        Directory.CreateDirectory(Path.Combine(_out, "car-t-cell-therapy.svg"));
        var two = Path.Combine(Repo.Specs, "two-steps.yaml");

        var (code, _, stderr) = Run("render", Seed, two, "--out", _out);

        Assert.Equal(1, code);
        Assert.Contains("error DG0018: The outputs cannot be written", stderr);
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(_out, "car-t-cell-therapy.png")));
        Assert.True(File.Exists(Path.Combine(_out, "blood-test.svg")), "the next spec in the batch is still written");
        Assert.Empty(Directory.GetFiles(_out, "*.tmp-*"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")));
        Assert.Contains("blood-test", manifest.RootElement.GetProperty("infographics").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void A_hostile_icon_fails_the_spec_with_exit_1_and_no_stack_trace()
    {
        File.WriteAllText(Path.Combine(_out, "x.svg"), "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>");
        var spec = Path.Combine(_out, "spec.yaml");
        File.WriteAllText(spec, File.ReadAllText(Seed).Replace("icon: dna", "icon: ./x.svg"));
        var (code, _, stderr) = Run("render", spec, "--out", Path.Combine(_out, "out"));
        Assert.Equal(1, code);
        Assert.Contains("error DG0022: Icon './x.svg': The icon contains a DTD", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("root:", stderr);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        Assert.Equal(0, Run("--help").Code);
        Assert.Equal(0, Run("--version").Code);
    }
}
