using CsCheck;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// Valid specs mutated at random (characters YAML cares about inserted, text cut out, lines
/// repeated) always give either diagnostics or a render, never an exception. CsCheck prints the
/// seed of a failing case so it can be replayed.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Repo.Specs, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly string[] Inserts =
    [
        ":", ": ", "- ", "\n", "\n  ", "  ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!x ", "#", "\"", "'", "|", ">", "\t",
        "\u0000", "\u0007", "\u202E", "\u2066", "\U0001F600", "\u4E00", "é", "---\n", "...\n", "~", "null", "2024", "true", "? ", "%YAML 1.2\n",
        "\\", "\\u202E", "x", "icon: ./a.svg", "icon: ../../etc/passwd.svg", "<script>", "]]>", "&amp;", "\r\n", "\uFEFF",
    ];

    /// <summary>2,000 cases per run (about 5 s); set DOCTOURY_PROPERTY_ITER for a longer hunt.</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("DOCTOURY_PROPERTY_ITER"), out var n) ? n : 2_000;

    private static string Mutate(string text, (int Kind, int Where, int What)[] edits)
    {
        foreach (var (kind, where, what) in edits)
        {
            var at = text.Length == 0 ? 0 : where % text.Length;
            text = kind switch
            {
                0 => text.Insert(at, Inserts[what % Inserts.Length]),
                1 => text.Remove(at, Math.Min(what % 40, text.Length - at)),
                2 => DuplicateLine(text, at),
                _ => text[..at] + text[Math.Min(text.Length, at + what % 200)..] + text[at..Math.Min(text.Length, at + what % 200)],
            };
        }
        return text;
    }

    private static string DuplicateLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var line = end < 0 ? text[start..] : text[start..(end + 1)];
        return text.Insert(start, line.EndsWith('\n') ? line : line + "\n");
    }

    [Fact]
    public void A_mutated_spec_gives_diagnostics_or_a_picture_never_an_exception()
    {
        var gen =
            from seed in Gen.Int[0, Seeds.Length - 1]
            from edits in Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 6]
            select (seed, edits);
        gen.Sample(t =>
        {
            var text = Mutate(Seeds[t.seed], t.edits);
            var result = Infographic.Parse(text, "mutated.yaml");
            if (result.Success)
            {
                var svg = result.Infographic!.RenderSvg();
                Assert.Equal("svg", System.Xml.Linq.XDocument.Parse(svg).Root!.Name.LocalName);
                Assert.NotEmpty(result.Infographic.RenderPng(0.25));
                Assert.NotEmpty(result.Infographic.Describe().Html);
            }
            else
            {
                Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Line >= 1 && d.Column >= 1 && d.Code.StartsWith("DG", StringComparison.Ordinal));
            }
        }, iter: Iterations, threads: 1);
    }
}
