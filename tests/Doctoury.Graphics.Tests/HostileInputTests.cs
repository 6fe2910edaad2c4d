using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// Hostile specs end in milliseconds with a typed diagnostic at a place in the file; the CLI
/// answers each with exit code 1 and no stack trace. Limits are checked on the parser's events,
/// before any binding.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static TheoryData<string, string, string> HostileSpecs()
    {
        var laughs = new StringBuilder("version: 1\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++) laughs.Append($"a{i}: &a{i} [" + string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n");
        return new TheoryData<string, string, string>
        {
            { "billion-laughs", laughs.ToString(), "DG0015" },
            { "cycle", "version: 1\nid: &self [*self]\n", "DG0015" },
            { "alias-only", "version: 1\nid: demo\ntitle: *t\n", "DG0015" },
            { "deep-flow", "version: 1\nid: " + new string('[', 50_000) + new string(']', 50_000) + "\n", "DG0015" },
            { "deep-block", "version: 1\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k" + i + ":\n")), "DG0015" },
            { "huge-scalar", "version: 1\nid: demo\ntitle: " + new string('x', 900_000) + "\n", "DG0015" },
            { "many-values", "version: 1\nitems:\n" + string.Concat(Enumerable.Repeat("  - x\n", 6_000)), "DG0015" },
            { "timestamp-tag", "version: 1\nid: demo\ntitle: !!timestamp 2001-12-14\n", "DG0015" },
            { "object-tag", "version: 1\nid: !!python/object:os.system demo\n", "DG0015" },
            { "local-tag", "version: 1\nid: !custom demo\n", "DG0015" },
            { "two-documents", "version: 1\nid: a\n---\nversion: 1\nid: b\n", "DG0001" },
            { "bidi-override", Specs.Minimal.Replace("summary: First.", "summary: \"Take \u202Eyltcerid\u202C once.\""), "DG0019" },
            { "bidi-escape", Specs.Minimal.Replace("summary: First.", "summary: \"Take \\u2067it\\u2069 once.\""), "DG0019" },
            { "nul-escape", Specs.Minimal.Replace("summary: First.", "summary: \"a\\0b\""), "DG0019" },
            { "bell-escape", Specs.Minimal.Replace("title: Demo", "title: \"Demo\\a\""), "DG0019" },
            { "emoji", Specs.Minimal.Replace("summary: First.", "summary: First \U0001F489 dose."), "DG0020" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileSpecs))]
    public void Hostile_specs_end_fast_with_a_typed_error(string name, string yaml, string code)
    {
        var clock = Stopwatch.StartNew();
        var result = Infographic.Parse(yaml, name + ".yaml");
        clock.Stop();
        Assert.False(result.Success);
        var errors = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.NotEmpty(errors);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name} took {clock.Elapsed}");
    }

    [Fact]
    public void A_right_to_left_override_is_named_with_its_code_point_and_place()
    {
        var result = Infographic.Parse(Specs.Minimal.Replace("summary: First.", "summary: Take \u202Eyltcerid once."), "x.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0019", error.Code);
        Assert.Equal("process.steps[0].summary", error.Path);
        Assert.Equal((9, 21), (error.Line, error.Column));
        Assert.Contains("U+202E", error.Message);
        Assert.Contains("RIGHT-TO-LEFT OVERRIDE", error.Message);
    }

    [Fact]
    public void A_character_the_font_lacks_is_named_instead_of_drawn_as_a_box()
    {
        var result = Infographic.Parse(Specs.Minimal.Replace("title: One", "title: One \u4E00"), "x.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0020", error.Code);
        Assert.Equal("process.steps[0].title", error.Path);
        Assert.Equal((7, 18), (error.Line, error.Column)); // "      title: One " puts the character at column 18
        Assert.Contains("U+4E00", error.Message);
    }

    [Fact]
    public void Alt_text_is_not_drawn_so_any_printable_character_is_fine_there()
    {
        var result = Infographic.Parse(Specs.Minimal + "\nalt:\n  short: \"Diagram of a process in two steps \u4E00.\"\n", "x.yaml");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column_not_a_replacement_character()
    {
        var bytes = Encoding.UTF8.GetBytes(Specs.Minimal).ToList();
        var at = Encoding.UTF8.GetBytes(Specs.Minimal[..Specs.Minimal.IndexOf("First", StringComparison.Ordinal)]).Length;
        bytes.Insert(at, 0xC3); // a lead byte followed by 'F' is not UTF-8
        var file = _folder.File("bad.yaml", bytes.ToArray());
        var error = Assert.Single(Infographic.ParseFile(file).Diagnostics);
        Assert.Equal("DG0021", error.Code);
        Assert.Equal((9, 16), (error.Line, error.Column));
        Assert.Contains("0xC3", error.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        var file = Path.Combine(_folder.Path, "big.yaml");
        using (var stream = File.Create(file)) stream.SetLength(64L * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var error = Assert.Single(Infographic.ParseFile(file).Diagnostics);
        Assert.Equal("DG0015", error.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [MemberData(nameof(HostileSpecs))]
    public void The_command_line_answers_each_with_exit_code_1_and_no_stack_trace(string name, string yaml, string code)
    {
        var spec = _folder.File(name + ".yaml", yaml);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["render", spec, "--out", Path.Combine(_folder.Path, "out")], stdout, stderr);
        Assert.Equal(1, exit);
        Assert.Contains($"): error {code}: ", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.DoesNotContain("Exception", stderr.ToString());
    }

    private const string ScriptSpec = """
        version: 1
        id: script-test
        title: "<script>alert('title')</script>"
        subtitle: "\" onload=\"alert(1)\" x=\""
        process:
          title: "<foreignObject><iframe src='https://example.com'/></foreignObject>"
          steps:
            - id: one
              title: "]]><script>alert(2)</script>"
              icon: dna
              summary: "<img src=x onerror=alert(3)> & <a href='javascript:alert(4)'>click</a>"
              details: ["<!-- comment -->", "<?xml-stylesheet href='http://example.com/x.css'?>"]
            - id: two
              title: "{{constructor}} ${7*7}"
              icon: virus
              summary: "<svg onload=alert(5)><use href='http://example.com/x.svg#a'/></svg>"
        panels:
          - id: notes
            title: "<style>@import url(http://example.com/x.css)</style>"
            items: ["<object data='file:///etc/passwd'></object>"]
        footer:
          source: "<a href=\"http://example.com\" onclick=\"alert(6)\">source</a>"
        """;

    [Fact]
    public void Markup_in_text_stays_text_in_every_output()
    {
        var infographic = Infographic.FromYaml(ScriptSpec, "script.yaml");
        var svg = infographic.RenderSvg();
        var description = infographic.Describe();
        var figure = infographic.FigureHtml("script-test.png", "script-test@2x.png");

        var document = XDocument.Parse(svg); // well-formed XML: nothing broke out of an attribute or a CDATA
        var elements = document.Descendants().Select(e => e.Name.LocalName).ToHashSet();
        Assert.DoesNotContain("script", elements);
        Assert.DoesNotContain("foreignObject", elements);
        Assert.All(document.Descendants().Attributes(), a => Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.Ordinal), a.ToString()));
        Assert.All(document.Descendants().Attributes().Where(a => a.Name.LocalName == "href"), a => Assert.StartsWith("#", a.Value));
        Assert.Contains("&lt;script&gt;alert('title')&lt;/script&gt;", svg);
        var style = Assert.Single(document.Descendants(), e => e.Name.LocalName == "style"); // ours: only @font-face
        Assert.DoesNotContain("@import", style.Value);
        Assert.DoesNotContain("http", style.Value);

        foreach (var html in new[] { description.Html, figure })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<a href", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotContain("<iframe", html);
            Assert.DoesNotContain("<object", html);
            Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
            Assert.Contains("&lt;script&gt;", html);
        }
        Assert.DoesNotMatch(@"(?<!\\)<script", description.Markdown);
    }
}
