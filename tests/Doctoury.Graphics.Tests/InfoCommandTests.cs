using System.Text.Json;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>init, schema, icons, themes and --help on every command.</summary>
public sealed class InfoCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Support.Cli.Run(args);

    [Fact]
    public void Init_writes_a_starter_spec_that_checks_clean_and_never_overwrites()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "My Blood Test");
        var (code, stdout, _) = Run("init", path);
        Assert.Equal(0, code);
        var spec = path + ".yaml";
        Assert.StartsWith("# yaml-language-server: $schema=infographic.schema.json", File.ReadAllText(spec));
        Assert.True(File.Exists(Path.Combine(folder.Path, "infographic.schema.json")));
        Assert.Contains("id 'my-blood-test'", stdout);
        Assert.Equal(0, Run("check", spec).Code);
        Assert.Equal(1, Run("init", path).Code);
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
    public void Icons_lists_or_searches_the_bundled_names()
    {
        var all = Run("icons").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Bundled.IconNames.Count, all.Length);
        var (code, stdout, _) = Run("icons", "blood");
        Assert.Equal(0, code);
        Assert.Contains("blood-drop", stdout.Split('\n'));
        Assert.All(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), n => Assert.Contains("blood", n));
        Assert.Equal(1, Run("icons", "no-such-icon-anywhere").Code);
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
