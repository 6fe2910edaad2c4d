using System.Diagnostics;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>Custom icon files: only plain files inside the spec's folder, pre-checked and rebuilt from an allow-list.</summary>
public sealed class CustomIconTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string GoodIcon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" data-secret="do-not-copy">
          <title>Mine</title>
          <g transform="translate(4 4)" id="group">
            <rect x="0" y="0" width="40" height="40" rx="8" fill="none" stroke="black" stroke-width="4"/>
            <circle cx="20" cy="20" r="10"/>
          </g>
          <text x="0" y="10">Hidden words</text>
        </svg>
        """;

    private InfographicParseResult ParseWithIcon(string reference, string? iconName = null, string? iconText = null)
    {
        if (iconName is not null) _folder.File(iconName, iconText ?? GoodIcon);
        var spec = _folder.File("spec.yaml", Specs.WithIcon(reference));
        return Infographic.ParseFile(spec);
    }

    private Diagnostic SingleIconError(string reference, string? iconName = null, string? iconText = null)
    {
        var result = ParseWithIcon(reference, iconName, iconText);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("DG0022", error.Code);
        Assert.Equal("process.steps[0].icon", error.Path);
        Assert.Equal(8, error.Line);
        Assert.NotNull(error.Fix);
        return error;
    }

    [Fact]
    public void A_plain_icon_file_beside_the_spec_is_drawn_from_its_shapes_only()
    {
        var result = ParseWithIcon("./mine.svg", "mine.svg");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics); // <title> is skipped silently; <text> is worth a word
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("<text>", warning.Message);

        var svg = result.Infographic!.RenderSvg();
        Assert.DoesNotContain("do-not-copy", svg);
        Assert.DoesNotContain("Mine", svg);
        Assert.DoesNotContain("Hidden words", svg);
        Assert.Contains("matrix(1 0 0 1 4 4)", svg);

        var png = result.Infographic.RenderPng(1);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        var icon = result.Infographic.Scene.Descendants().OfType<Scene.IconNode>().First(n => n.Id == "demo-step-1-icon");
        var center = bitmap.GetPixel((int)(icon.Bounds.X + icon.Bounds.Width / 2), (int)(icon.Bounds.Y + icon.Bounds.Height / 2));
        Assert.True(center.Alpha == 255 && center.Red < 120, $"the filled circle should be drawn in the accent colour, found {center}");
    }

    [Theory]
    [InlineData("../outside.svg")]
    [InlineData("/etc/passwd.svg")]
    [InlineData("https://example.com/icon.svg")]
    [InlineData("file:///etc/icon.svg")]
    [InlineData("C:\\\\icons\\\\icon.svg")]
    [InlineData("sub\\\\icon.svg")]
    [InlineData("./.hidden.svg")]
    [InlineData("./sub/../../x.svg")]
    [InlineData("./con.svg")]
    [InlineData("//server/share/icon.svg")]
    public void Anything_but_a_plain_relative_path_is_refused(string reference)
    {
        var error = SingleIconError($"\"{reference}\"");
        Assert.Contains("not a plain relative path", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        Assert.Contains("does not exist", SingleIconError("./nope.svg").Message);
    }

    [Fact]
    public void Text_specs_have_no_folder_to_read_icons_from()
    {
        var result = Infographic.Parse(Specs.WithIcon("./mine.svg"), "demo.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0022", error.Code);
        Assert.Contains("without a folder", error.Message);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_not_followed()
    {
        if (OperatingSystem.IsWindows()) return; // creating links needs privileges there
        using var outside = new TempFolder();
        var target = outside.File("secret.svg", GoodIcon);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "linked.svg"), target);
        Assert.Contains("link", SingleIconError("./linked.svg").Message);

        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "dir"), outside.Path);
        Assert.Contains("link", SingleIconError("./dir/secret.svg").Message);
    }

    [Fact]
    public void A_fifo_or_device_is_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_folder.Path, "pipe.svg");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var clock = Stopwatch.StartNew();
        var error = SingleIconError("./pipe.svg");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("not a regular file", error.Message);
    }

    public static TheoryData<string, string> RefusedIcons => new()
    {
        { "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>", "DTD" },
        { "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>", "DTD" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><?xml-stylesheet href=\"file:///etc/x.css\"?><path d=\"M0 0H9V9Z\"/></svg>", "processing instruction" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(file:///etc/passwd);</style><path d=\"M0 0H9V9Z\"/></svg>", "<style>" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><path d=\"M0 0H9V9Z\"/></svg>", "<script>" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>", "<foreignObject>" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"file:///etc/passwd\"/></svg>", "<image>" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"http://127.0.0.1:9/x.svg#a\"/></svg>", "outside itself" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0H9V9Z\" fill=\"url(http://127.0.0.1:9/x#g)\"/></svg>", "url(" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0H9V9Z\" style=\"fill:url(#g)\"/></svg>", "url(" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><path d=\"M0 0H9V9Z\"/></svg>", "event attribute" },
        { "<html><body>not an icon</body></html>", "not <svg>" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0H9V9Z\"", "not well-formed" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>only words</text></svg>", "no shape" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", 40)) + "<path d=\"M0 0H9V9Z\"/>" + string.Concat(Enumerable.Repeat("</g>", 40)) + "</svg>", "deeper" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g/>", 2_100)) + "</svg>", "more than 2000 elements" },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0" + new string(' ', 70_000) + "Z\"/></svg>", "at most 64 KiB" },
    };

    [Theory]
    [MemberData(nameof(RefusedIcons))]
    public void Hostile_icon_files_are_refused_quickly_with_a_reason(string icon, string reason)
    {
        var clock = Stopwatch.StartNew();
        var error = SingleIconError("./icon.svg", "icon.svg", icon);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Contains(reason, error.Message);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(1, Cli.CommandLine.Run(["check", Path.Combine(_folder.Path, "spec.yaml")], stdout, stderr));
        Assert.Contains("(8,13): error DG0022: ", stdout.ToString());
        Assert.Contains(reason, stdout.ToString());
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void A_use_bomb_is_drawn_once_per_use_not_exponentially()
    {
        // Each level uses the one before ten times: 10^8 shapes if uses were followed through uses.
        var defs = "<path id=\"l0\" d=\"M0 0H1V1Z\"/>" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<g id=\"l{i}\">" + string.Concat(Enumerable.Repeat($"<use href=\"#l{i - 1}\"/>", 10)) + "</g>"));
        var icon = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><defs>{defs}</defs><use href=\"#l8\"/><path d=\"M2 2H20V20Z\"/></svg>";
        var clock = Stopwatch.StartNew();
        var result = ParseWithIcon("./bomb.svg", "bomb.svg", icon);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var glyph = result.Infographic!.Spec.Process.Steps[0].Icon!;
        Assert.True(glyph.Paths.Length <= 2, $"{glyph.Paths.Length} paths");
        result.Infographic.RenderPng(1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }
}
