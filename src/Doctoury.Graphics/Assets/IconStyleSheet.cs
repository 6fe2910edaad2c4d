using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Illustrator's default SVG export ("Styling: Internal CSS") paints shapes through class rules in a
/// <c>&lt;style&gt;</c>: <c>.cls-1{fill:#231f20;}</c> with <c>class="cls-1"</c>. This reads only rules
/// whose selector is a class or a list of classes, and copies the paint properties the icon reader
/// understands onto each element with that class, as if they had been written as attributes; the
/// allow-list in <see cref="IconShapes"/> then does the rest. The CSS itself goes nowhere: nothing
/// from a <c>&lt;style&gt;</c> reaches our output except those rebuilt attributes.
/// </summary>
internal static partial class IconStyleSheet
{
    /// <summary>The properties copied onto elements: the ones <see cref="IconShapes"/> reads.</summary>
    private static readonly HashSet<string> Copied = ["fill", "stroke", "stroke-width", "fill-rule", "stroke-linecap", "stroke-linejoin"];

    /// <summary>Properties that would hide or fade a shape; icons draw every shape solid, so these earn a warning.</summary>
    private static readonly HashSet<string> Fading = ["opacity", "fill-opacity", "stroke-opacity", "display", "visibility"];

    /// <summary>One class rule: the classes it selects and its declarations, in source order.</summary>
    internal sealed record Rule(string Text, string[] Classes, IReadOnlyList<(string Property, string Value)> Declarations);

    /// <summary>
    /// Reads the text of every <c>&lt;style&gt;</c> of the icon. Null (with one error) when a rule is
    /// anything but a plain class rule: at-rules such as <c>@import</c> and <c>@font-face</c>, <c>url(</c>,
    /// CSS escapes, and other selectors are refused rather than skipped, so a stylesheet is either
    /// fully understood or not used at all.
    /// </summary>
    /// <param name="css">The text of a &lt;style&gt; element.</param>
    /// <param name="refuse">Told the reason and the fix when the stylesheet is refused.</param>
    /// <param name="warn">Told once per property that is not drawn, such as <c>opacity</c>.</param>
    public static List<Rule>? Parse(string css, Action<string, string> refuse, Action<string> warn)
    {
        const string Fix = "Export the icon with presentation attributes instead of CSS (in Illustrator: Styling › Presentation Attributes), or keep only class rules that set fill and stroke.";
        if (css.Contains('\\'))
        {
            refuse("The icon's <style> uses a CSS escape ('\\'), which is not allowed.", Fix);
            return null;
        }
        var text = Comment().Replace(css, " ");
        var rules = new List<Rule>();
        var position = 0;
        foreach (Match match in RuleText().Matches(text))
        {
            if (match.Index != position) break;
            position = match.Index + match.Length;
            var shown = Shorten(Regex.Replace(match.Value.Trim(), @"\s+", " "));
            var body = match.Groups["body"].Value;
            if (body.Contains("url(", StringComparison.OrdinalIgnoreCase))
            {
                refuse($"The icon's <style> rule '{shown}' refers to another resource ('url(…)'), which is not allowed.", "Use plain colours; gradients, patterns, filters and masks are not drawn in icons.");
                return null;
            }
            var selectors = match.Groups["selector"].Value.Split(',').Select(s => s.Trim()).ToArray();
            if (!selectors.All(s => ClassSelector().IsMatch(s)))
            {
                refuse($"The icon's <style> has the rule '{shown}', whose selector is not a plain class; only rules such as '.cls-1 {{ fill: #000 }}' or '.cls-1, .cls-2 {{ … }}' are read.", Fix);
                return null;
            }
            var declarations = new List<(string, string)>();
            foreach (var declaration in body.Split(';'))
            {
                if (declaration.Trim().Length == 0) continue;
                var colon = declaration.IndexOf(':');
                if (colon <= 0)
                {
                    refuse($"The icon's <style> rule '{shown}' has a declaration that cannot be read: '{Shorten(declaration.Trim())}'.", Fix);
                    return null;
                }
                var property = declaration[..colon].Trim().ToLowerInvariant();
                var value = Important().Replace(declaration[(colon + 1)..], "").Trim();
                // Any other property (stroke-miterlimit, which Illustrator writes on every stroke, font-*,
                // isolation…) is ignored: it is never read, and only the properties above are ever copied.
                if (Copied.Contains(property)) declarations.Add((property, value));
                else if (Fading.Contains(property)) warn($"The icon's <style> sets {property}, which icons do not draw; its shapes are drawn solid.");
            }
            rules.Add(new Rule(shown, [.. selectors.Select(s => s[1..])], declarations));
        }
        if (position != text.Length && text[position..].Trim().Length > 0)
        {
            var rest = text[position..].Trim();
            var at = AtRule().Match(rest);
            refuse(at.Success
                ? $"The icon's <style> has the rule '{Shorten(at.Value.Trim())}', which is not allowed: only class rules such as '.cls-1 {{ fill: #000 }}' are read."
                : $"The icon's <style> cannot be read from '{Shorten(rest)}': only class rules such as '.cls-1 {{ fill: #000 }}' are read.", Fix);
            return null;
        }
        return rules;
    }

    /// <summary>
    /// Writes each rule's paint onto the elements with its classes, later rules over earlier ones as in
    /// CSS, over the element's own presentation attributes (a style rule outranks them); an inline
    /// <c>style</c> attribute still wins, since <see cref="IconShapes"/> reads it last.
    /// </summary>
    public static void Apply(XElement root, IReadOnlyList<Rule> rules)
    {
        if (rules.Count == 0) return;
        var byClass = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var name in rules[i].Classes)
            {
                if (!byClass.TryGetValue(name, out var list)) byClass[name] = list = [];
                list.Add(i);
            }
        }
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("class")?.Value is not { } classes) continue;
            var matched = classes.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(c => byClass.GetValueOrDefault(c) ?? []).Distinct().Order();
            foreach (var index in matched)
            {
                foreach (var (property, value) in rules[index].Declarations) element.SetAttributeValue(property, value);
            }
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "…" : text;

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\G\s*(?<selector>[^{}@;]+?)\s*\{(?<body>[^{}]*)\}\s*")]
    private static partial Regex RuleText();

    [GeneratedRegex(@"^\.-?[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex ClassSelector();

    [GeneratedRegex(@"!\s*important\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Important();

    [GeneratedRegex(@"^@[^{;]*")]
    private static partial Regex AtRule();
}
