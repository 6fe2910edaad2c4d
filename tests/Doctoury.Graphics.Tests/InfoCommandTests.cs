using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>init, schema, icons, themes and --help on every command.</summary>
public sealed class InfoCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void Init_takes_a_natural_name_writes_a_starter_that_checks_clean_and_never_overwrites()
    {
        using var folder = new TempFolder();
        var (code, stdout, _) = Run("init", Path.Combine(folder.Path, "Cataract surgery"));
        Assert.Equal(0, code);
        var spec = Path.Combine(folder.Path, "cataract-surgery.yaml");
        var text = File.ReadAllText(spec);
        Assert.StartsWith("# yaml-language-server: $schema=infographic.schema.json", text);
        Assert.Contains("title: \"Cataract surgery\"", text);
        Assert.True(File.Exists(Path.Combine(folder.Path, "infographic.schema.json")));
        Assert.Contains("id 'cataract-surgery'", stdout);
        Assert.Contains($"doctoury-graphics watch {InfoCommands.ShellQuote(folder.Path)}", stdout);

        var starter = Infographic.Load(spec);
        Assert.Equal("Cataract surgery", starter.Title);
        Assert.Contains(starter.Spec.Process.Steps, s => s.Details.Length > 0 && s.Duration is not null);
        Assert.NotEmpty(starter.Spec.Panels);
        Assert.NotNull(starter.Spec.Footer);
        Assert.Equal(0, Run("check", spec).Code);
        Assert.Equal(1, Run("init", Path.Combine(folder.Path, "cataract-surgery")).Code);
    }

    [Theory]
    [InlineData("تحليل الدم", "ar")]
    [InlineData("בדיקת דם", "he")]
    [InlineData("Cataract surgery", "en")]
    public void Init_starts_an_arabic_or_hebrew_name_in_its_language_so_it_is_drawn_right_to_left(string name, string lang)
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Run("init", Path.Combine(folder.Path, name)).Code);
        var spec = Directory.GetFiles(folder.Path, "*.yaml").Single();
        Assert.Contains($"lang: {lang}   #", File.ReadAllText(spec));
        Assert.Equal(lang, Infographic.Load(spec).Language);
        Assert.Equal(0, Run("check", spec).Code);
    }

    [Theory]
    [InlineData("specs", "specs")]
    [InlineData(".", ".")]
    [InlineData("my specs", "'my specs'")]
    [InlineData("it's", "'it'\\''s'")]
    public void The_next_command_quotes_a_folder_so_it_works_when_pasted(string folder, string quoted)
    {
        if (OperatingSystem.IsWindows()) return; // Windows quotes with double quotes
        Assert.Equal(quoted, InfoCommands.ShellQuote(folder));
    }

    [Fact]
    public void Schema_prints_the_repositorys_schema()
    {
        var (code, stdout, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Specs, "infographic.schema.json")), stdout);
        using var _ = JsonDocument.Parse(stdout);
    }

    [Fact]
    public void Icons_lists_every_name_or_finds_icons_by_meaning()
    {
        var all = Run("icons").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Bundled.IconNames.Count, all.Length);

        static string[] Names(string stdout) => [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0])];
        var (code, stdout, _) = Run("icons", "blood");
        Assert.Equal(0, code);
        Assert.Contains("blood-drop", Names(stdout));

        var iv = Names(Run("icons", "iv").Stdout);
        Assert.Contains("intravenous-bag", iv);
        Assert.Contains("intravenous-drip", iv);                       // borrowed from its family: Health Icons does not describe it
        Assert.DoesNotContain(iv, n => n.EndsWith("-negative", StringComparison.Ordinal)); // no substring matches
        Assert.Equal("home", Names(Run("icons", "house").Stdout)[0]);   // by the tags Health Icons publishes
        Assert.Contains("Hospital Bed", Run("icons", "hospital", "bed").Stdout); // every word must match
        // Words the metadata says differently: "clock" is "time" there, "recovery" is "rehabilitation".
        Assert.Contains("observation", Names(Run("icons", "clock").Stdout));
        Assert.Contains("crutches", Names(Run("icons", "recovery").Stdout));
        Assert.Contains("general-surgery", Names(Run("icons", "operation").Stdout));
        Assert.Equal(1, Run("icons", "clockwork").Code); // only whole words are translated

        var none = Run("icons", "no-such-icon-anywhere");
        Assert.Equal(1, none.Code);
        Assert.Contains("No bundled icon matches", none.Stderr);
    }

    [Fact]
    public void An_unknown_icon_is_pointed_to_icons_that_mean_the_same_and_to_the_search()
    {
        var d = Assert.Single(Infographic.Parse(Specs.WithIcon("house")).Diagnostics);
        Assert.Equal("DG0013", d.Code);
        Assert.StartsWith("Did you mean 'home'", d.Fix);
        Assert.Contains("'doctoury-graphics icons house' lists more", d.Fix);
    }

    [Fact]
    public void Themes_lists_the_three_built_in_themes()
    {
        var lines = Run("themes").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Bundled.ThemeNames, lines.Select(l => l.Split(' ')[0]));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("check")]
    [InlineData("watch")]
    [InlineData("init")]
    [InlineData("schema")]
    [InlineData("icons")]
    [InlineData("themes")]
    public void Every_command_has_help_and_version(string command)
    {
        var (code, stdout, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("doctoury-graphics", stdout);
        var version = Run(command, "--version");
        Assert.Equal(0, version.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }
}
