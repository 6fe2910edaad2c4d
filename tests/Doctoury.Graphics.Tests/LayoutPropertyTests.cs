using System.Globalization;
using System.Text;
using CsCheck;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// Valid specs nobody wrote by hand (2–8 steps, 0–4 panels, 0–6 details, icons or none,
/// durations or none, text from one word to the limits, words up to 30 letters, soft hyphens,
/// every allowed width) hold the layout's invariants in every built-in theme: the audit finds no
/// error (contrast, size, text outside its box or the picture, overlapping text or shapes,
/// misspelt lines), no word is split, and step titles lead the hierarchy. Each case picks its theme. CsCheck prints the seed
/// of a failing case so it can be replayed. Each case is checked in both cuts: the horizontal picture
/// at its width and the vertical one at a phone width from 320 to 640.
/// </summary>
public sealed class LayoutPropertyTests
{
    /// <summary>300 cases per run; set DOCTOURY_LAYOUT_ITER (for example 20000) for a longer hunt.</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("DOCTOURY_LAYOUT_ITER"), out var n) ? n : 300;

    private static readonly string[] Icons = ["dna", "virus", "microscope", "blood-drop", "hospital", "doctor", "syringe", "calendar"];
    private static readonly string[] Themes = ["doctoury", "dark", "high-contrast"];

    /// <summary>A word of 1 to 30 letters, sometimes with a soft hyphen inside (written as a YAML escape).</summary>
    private static readonly Gen<string> Word =
        from length in Gen.Frequency((6, Gen.Int[1, 9]), (3, Gen.Int[10, 16]), (1, Gen.Int[17, 30]))
        from letters in Gen.Char['a', 'z'].Array[length]
        from capital in Gen.Bool
        from soft in Gen.Int[0, 3]
        select Shape(letters, capital, soft);

    private static string Shape(char[] letters, bool capital, int soft)
    {
        if (capital) letters[0] = char.ToUpperInvariant(letters[0]);
        var word = new string(letters);
        return soft == 0 && word.Length > 6 ? word[..(word.Length / 2)] + "\\u00AD" + word[(word.Length / 2)..] : word;
    }

    /// <summary>One word up to <paramref name="max"/> characters of words, as a double-quoted YAML string.</summary>
    private static Gen<string> Text(int max) =>
        from count in Gen.Frequency((3, Gen.Int[1, 3]), (3, Gen.Int[4, 12]), (1, Gen.Int[13, 60]))
        from words in Word.Array[count]
        select Quote(words, max);

    private static string Quote(string[] words, int max)
    {
        var text = new StringBuilder(words[0].Length > max ? words[0][..max] : words[0]);
        foreach (var word in words.Skip(1))
        {
            // Count a soft hyphen escape as the one character it becomes.
            if (text.Length + 1 + word.Length - (text.ToString().Split("\\u00AD").Length - 1) * 5 > max) break;
            text.Append(' ').Append(word);
        }
        return "\"" + text + "\"";
    }

    private static readonly Gen<string> Step =
        from title in Text(80)
        from icon in Gen.Int[-3, Icons.Length - 1]
        from summary in Text(300)
        from details in Text(300).Array[0, 6]
        from duration in Gen.Int[0, 1].SelectMany(has => has == 0 ? Gen.Const("") : Text(80))
        select $"    - id: {{0}}\n      title: {title}\n" + (icon >= 0 ? $"      icon: {Icons[icon]}\n" : "") + $"      summary: {summary}\n" +
            (details.Length > 0 ? "      details:\n" + string.Concat(details.Select(d => $"        - {d}\n")) : "") +
            (duration.Length > 0 ? $"      duration: {duration}\n" : "");

    private static readonly Gen<string> Panel =
        from title in Text(80)
        from icon in Gen.Int[-2, Icons.Length - 1]
        from items in Text(300).Array[1, 8]
        select "  - id: {0}\n    title: " + title + "\n" + (icon >= 0 ? $"    icon: {Icons[icon]}\n" : "") + "    items:\n" + string.Concat(items.Select(i => $"      - {i}\n"));

    internal static readonly Gen<(string Yaml, int Width)> Spec =
        from theme in Gen.Int[0, Themes.Length - 1]
        from phone in Gen.Int[320, 640]
        from width in Gen.Frequency((2, Gen.Int[800, 1300]), (2, Gen.Int[1300, 2000]), (1, Gen.Int[2000, 4000]))
        from title in Text(120)
        from subtitle in Gen.Int[0, 1].SelectMany(has => has == 0 ? Gen.Const("") : Text(300))
        from processTitle in Gen.Int[0, 1].SelectMany(has => has == 0 ? Gen.Const("") : Text(300))
        from steps in Step.Array[2, 8]
        from panels in Panel.Array[0, 4]
        from footer in Gen.Int[0, 2]
        from note in Text(300)
        select (Build(Themes[theme], width, phone, title, subtitle, processTitle, steps, panels, footer, note), width);

    private static string Build(string theme, int width, int phone, string title, string subtitle, string processTitle, string[] steps, string[] panels, int footer, string note)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"version: 1\nid: generated\ntheme: {theme}\ntitle: {title}\nwidth: {width}\nvertical: {{ width: {phone} }}\n");
        if (subtitle.Length > 0) yaml.Append(CultureInfo.InvariantCulture, $"subtitle: {subtitle}\n");
        yaml.Append("process:\n");
        if (processTitle.Length > 0) yaml.Append(CultureInfo.InvariantCulture, $"  title: {processTitle}\n");
        yaml.Append("  steps:\n");
        for (var i = 0; i < steps.Length; i++) yaml.Append(steps[i].Replace("{0}", "s" + i, StringComparison.Ordinal));
        if (panels.Length > 0) yaml.Append("panels:\n");
        for (var i = 0; i < panels.Length; i++) yaml.Append(panels[i].Replace("{0}", "p" + i, StringComparison.Ordinal));
        if (footer > 0) yaml.Append("footer:\n  note: ").Append(note).Append('\n').Append(footer > 1 ? "  source: \"Source: Doctoury\"\n" : "");
        return yaml.ToString();
    }

    [Fact]
    public void Every_generated_spec_holds_the_layout_invariants_in_every_theme()
    {
        Spec.Sample(t =>
        {
            var result = Infographic.Parse(t.Yaml, "generated.yaml");
            Assert.True(result.Success, string.Join("\n", result.Diagnostics) + "\n" + t.Yaml);
            // Each case draws one built-in theme, so all three are covered without tripling the cost.
            Check(result.Infographic!, t.Yaml);
            Check(result.Infographic!.WithOrientation(Orientation.Vertical), t.Yaml);
        }, iter: Iterations);
    }

    internal static void Check(Infographic infographic, string yaml)
    {
        var findings = infographic.Audit().Findings;
        // A phone's card is the widest box its text can have: only there may a long word be split
        // (one wider, in bold at the 16 px floor, than half the phone: the narrowest box, a
        // duration pill beside its icon, is about that), and then it is named.
        var broken = findings.Where(f => f.Severity == DiagnosticSeverity.Error || f.Rule == "DG0107" &&
            !(infographic.Orientation == Orientation.Vertical && SkiaTextMeasurer.Instance.Width(SplitWord(f), 16, bold: true) > infographic.Width / 2.0)).ToList();
        Assert.True(broken.Count == 0, infographic.Orientation + ": " + string.Join("\n", broken.Select(f => $"{f.Rule} {f.Element}: {f.Message}")) + "\n" + yaml);

        // The hierarchy holds: step titles are never smaller than panel titles or any body text.
        var texts = infographic.Scene.Descendants().OfType<TextNode>().ToList();
        var stepTitle = texts.Where(t => t.Role == NodeRole.StepTitle).Min(t => t.FontSize);
        var below = texts.Where(t => t.Role is NodeRole.PanelTitle or NodeRole.PanelItem or NodeRole.StepSummary or NodeRole.StepDetail).ToList();
        Assert.True(below.Count == 0 || below.Max(t => t.FontSize) <= stepTitle, $"{infographic.Orientation}: step titles at {stepTitle} px are smaller than {below.MaxBy(t => t.FontSize)!.Id}\n{yaml}");
    }

    private static string SplitWord(AuditFinding finding) => System.Text.RegularExpressions.Regex.Match(finding.Message, "'([^']+)'").Groups[1].Value;
}
