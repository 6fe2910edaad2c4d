using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// <c>specs/invalid/</c> holds one small spec per mistake; the diagnostics of each are a snapshot,
/// so a change in wording, code, place or fix is seen in review.
/// </summary>
public sealed class InvalidSpecTests
{
    public static IEnumerable<object[]> InvalidSpecs() =>
        Directory.GetFiles(Path.Combine(Repo.Specs, "invalid"), "*.yaml").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    private static IReadOnlyList<Diagnostic> Check(string file) =>
        Infographic.ParseFile(Path.Combine(Repo.Specs, "invalid", file)).Diagnostics
            .Select(d => d with { File = "specs/invalid/" + file }).ToList();

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void Diagnostics(string file)
    {
        var diagnostics = Check(file);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(diagnostics, d =>
        {
            Assert.Matches("^DG00[0-9]{2}$", d.Code);
            Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
            Assert.EndsWith(".", d.Message);
        });
        Snapshot.Text(string.Join("\n", diagnostics) + "\n", "txt", file);
    }

    [Fact]
    public void A_misspelt_key_a_missing_title_and_a_duplicate_step_id_come_together_each_with_a_place_and_a_fix()
    {
        var diagnostics = Check("three-mistakes.yaml");
        Assert.Equal(["DG0003", "DG0002", "DG0007"], diagnostics.Select(d => d.Code));
        Assert.Equal(["title", "process.steps[0].sumary", "process.steps[1].id"], diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Fix), d.ToString()));
        Assert.Equal("Did you mean 'summary'?", diagnostics[1].Fix);
        Assert.Equal((10, 11), (diagnostics[2].Line, diagnostics[2].Column));
    }

    [Fact]
    public void Check_reports_every_invalid_spec_and_exits_1()
    {
        var stdout = new StringWriter();
        var code = CommandLine.Run(["check", Path.Combine(Repo.Specs, "invalid")], stdout, new StringWriter());
        Assert.Equal(1, code);
        foreach (var file in InvalidSpecs().Select(a => (string)a[0]))
        {
            Assert.Contains($"{file}(", stdout.ToString());
        }
    }

    [Fact]
    public void Every_spec_in_the_repository_starts_with_the_schema_line()
    {
        foreach (var file in Directory.GetFiles(Repo.Specs, "*.yaml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).First();
            var schema = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(Repo.Specs, "infographic.schema.json")).Replace('\\', '/');
            Assert.Equal("# yaml-language-server: $schema=" + schema, first);
        }
    }
}
