using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>Every output of every spec in specs/ against its verified snapshot.</summary>
public sealed class OutputSnapshotTests
{
    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Svg(string spec) => Snapshot.Text(Repo.Load(spec).RenderSvg(), "svg", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Png(string spec) => Snapshot.Png(Repo.Load(spec).RenderPng(1), spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Png2x(string spec) => Snapshot.Png(Repo.Load(spec).RenderPng(2), spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void VerticalSvg(string spec) => Snapshot.Text(Repo.Load(spec).WithOrientation(Orientation.Vertical).RenderSvg(), "svg", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void VerticalPng(string spec) => Snapshot.Png(Repo.Load(spec).WithOrientation(Orientation.Vertical).RenderPng(1), spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void VerticalScene(string spec) => Snapshot.Text(SceneJson.Write(Repo.Load(spec).WithOrientation(Orientation.Vertical).Scene), "json", spec);

    [Theory]
    [InlineData("dark")]
    [InlineData("high-contrast")]
    public void ThemedVerticalPng(string theme) => Snapshot.Png(Repo.InTheme("car-t-cell-therapy.yaml", theme).WithOrientation(Orientation.Vertical).RenderPng(1), theme);

    [Fact]
    public void ResponsiveFigure()
    {
        var infographic = Repo.Load("car-t-cell-therapy.yaml");
        var id = infographic.Id;
        Snapshot.Text(infographic.FigureHtml($"{id}.png", $"{id}@2x.png", $"{id}.vertical.png", $"{id}.vertical@2x.png"), "html");
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void AltText(string spec) => Snapshot.Text(Repo.Load(spec).AltText + "\n", "txt", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void DescriptionMarkdown(string spec) => Snapshot.Text(Repo.Load(spec).Describe().Markdown, "md", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void DescriptionHtml(string spec) => Snapshot.Text(Repo.Load(spec).Describe().Html, "html", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void DescriptionText(string spec) => Snapshot.Text(Repo.Load(spec).Describe().PlainText, "txt", spec);

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Figure(string spec)
    {
        var infographic = Repo.Load(spec);
        Snapshot.Text(infographic.FigureHtml($"{infographic.Id}.png", $"{infographic.Id}@2x.png"), "html", spec);
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Scene(string spec) => Snapshot.Text(SceneJson.Write(Repo.Load(spec).Scene), "json", spec);

    [Fact]
    public void Manifest()
    {
        var folder = Directory.CreateTempSubdirectory("dg-manifest-").FullName;
        try
        {
            var specs = Repo.SpecFiles().Select(s => Path.Combine(Repo.Specs, (string)s[0])).ToArray();
            var code = CommandLine.Run(["render", .. specs, "--out", folder], TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, code);
            // PNG bytes are compared by pixels elsewhere; here their hash and size would make a
            // one-pixel anti-aliasing change fail twice, so they are scrubbed like Verify's scrubbers do.
            var manifest = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(folder, "manifest.json")),
                "(\"kind\": \"png\",[^}]*?\"bytes\": )\\d+(,\\s*\"sha256\": \")[0-9a-f]{64}", "$1<png-bytes>$2<png-sha256>");
            // The input hash covers the tool's version, which carries the commit.
            manifest = System.Text.RegularExpressions.Regex.Replace(manifest, "\"input\": \"[0-9a-f]{64}\"", "\"input\": \"<input-sha256>\"");
            Snapshot.Text(manifest, "json");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("dark")]
    [InlineData("high-contrast")]
    public void ThemedPng(string theme) => Snapshot.Png(Repo.InTheme("car-t-cell-therapy.yaml", theme).RenderPng(1), theme);

    [Theory]
    [InlineData("dark")]
    [InlineData("high-contrast")]
    public void ThemedSvg(string theme) => Snapshot.Text(Repo.InTheme("car-t-cell-therapy.yaml", theme).RenderSvg(), "svg", theme);
}
