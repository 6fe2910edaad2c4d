using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics.Audit;

/// <summary>
/// Gives each contrast finding a <see cref="ColorSuggestion"/>: which theme colour caused it, where the
/// spec sets that colour, and the nearest shade of it that passes against everything it is drawn with.
/// </summary>
/// <remarks>
/// The Scene holds colours, not roles, and two roles may share a colour. So the spec is laid out once
/// more per cut with a probe palette, every theme colour replaced by a colour of its own; layout never
/// depends on colour (the prefers-color-scheme CSS relies on the same), so each probe node is the real
/// node, and its colours name the roles that painted it. Only done when a contrast finding exists.
/// </remarks>
internal static partial class ColorAdvice
{
    /// <param name="report">The audit of <paramref name="spec"/>'s scene.</param>
    /// <param name="spec">The spec it was laid out from.</param>
    /// <param name="layouts">Lays a spec out in every cut, the audited cut first.</param>
    public static AuditReport Attach(AuditReport report, InfographicSpec spec, Func<InfographicSpec, IReadOnlyList<InfographicScene>> layouts)
    {
        if (!report.Findings.Any(IsContrast)) return report;
        var theme = spec.Theme.Resolve();
        var real = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var probe = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (key, color) in theme.Keyed())
        {
            // Dark blues one apart: never a colour of the built-in themes, and still '#RRGGBB' for the probe's own checks.
            var sentinel = string.Create(CultureInfo.InvariantCulture, $"#0001{index++:X2}");
            (real[key], keyOf[sentinel], probe[key]) = (color, key, sentinel);
        }
        var scenes = layouts(spec with { Theme = new ThemeSpec(spec.Theme.Base, probe.ToImmutableSortedDictionary(StringComparer.Ordinal)) });
        var pairs = scenes.Select((scene, cut) => ContrastPairs.In(scene, report.Level).Select(p => new KeyedPair(
            cut, SceneAudit.LocalId(scene, p.Node), keyOf.GetValueOrDefault(p.Color, p.Color), [.. p.Behind.Select(b => keyOf.GetValueOrDefault(b, b))], p.Needed))).SelectMany(p => p).ToList();
        string Real(string key) => real.GetValueOrDefault(key, key);

        var suggestions = new Dictionary<string, ColorSuggestion?>(StringComparer.Ordinal);
        ColorSuggestion? SuggestFor(string key)
        {
            if (!suggestions.TryGetValue(key, out var suggestion)) suggestions[key] = suggestion = Suggest(key, spec.Theme, theme, pairs, Real);
            return suggestion;
        }

        return report with
        {
            Findings = [.. report.Findings.Select(f =>
            {
                if (!IsContrast(f)) return f;
                var own = pairs.Where(p => p.Cut == 0 && p.Element == f.Element).ToList();
                var foreground = own.Select(p => p.Color).FirstOrDefault(k => Real(k) == f.Foreground);
                var background = own.SelectMany(p => p.Behind).FirstOrDefault(k => Real(k) == f.Background);
                var candidates = new[] { foreground, background }.OfType<string>().Where(Settable).Distinct()
                    .Select(SuggestFor).OfType<ColorSuggestion>()
                    .OrderBy(s => s.Color is null).ThenBy(s => s.Line is null).ToList(); // one that can pass first, then the one the spec set
                return candidates.Count == 0 ? f : f with { Suggestion = candidates[0] };
            })],
        };
    }

    private static bool IsContrast(AuditFinding f) => f.Rule is "DG0101" or "DG0102" && f.Foreground is not null && f.Background is not null;

    /// <summary>The colours a spec can set: the single roles and the entries of the list roles.</summary>
    private static bool Settable(string key) => Theme.SingleRoles.Contains(key) || ListEntry().Match(key) is { Success: true } m && Theme.ListRoles.Contains(m.Groups[1].Value);

    private static ColorSuggestion? Suggest(string key, ThemeSpec themeSpec, Theme theme, List<KeyedPair> pairs, Func<string, string> real)
    {
        // Every colour this one is drawn on, and every colour drawn on it, in every cut, with the ratio each pair needs.
        var needs = pairs.SelectMany(p =>
                p.Color == key ? p.Behind.Where(b => b != key).Select(b => new ContrastNeed(real(b), p.Needed))
                : p.Behind.Contains(key) && p.Color != key ? [new ContrastNeed(real(p.Color), p.Needed)]
                : [])
            .GroupBy(n => n.Other, StringComparer.Ordinal).Select(g => g.MaxBy(n => n.Needed)).ToList();
        if (needs.Count == 0) return null;
        var current = real(key);
        var shade = PassingColor.Nearest(current, needs);

        var entry = ListEntry().Match(key);
        var role = entry.Success ? entry.Groups[1].Value : key;
        // The spec gave a whole list one colour ('steps: "#…"'): that colour is the one to change.
        var specKey = entry.Success && themeSpec.Colors.ContainsKey(role) ? role : key;
        var mark = themeSpec.Marks.TryGetValue(specKey, out var m) ? m : (SourceMark?)null;
        string? yaml = null;
        if (shade.Color is { } color)
        {
            yaml = !entry.Success || specKey == role
                ? $"{role}: \"{color}\""
                : $"{role}: [{string.Join(", ", theme.ListOf(role).Select((c, i) => $"\"{(i == int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture) ? color : c)}\""))}]";
        }
        return new ColorSuggestion("theme.colors." + (mark is null && entry.Success ? role : specKey), current, shade.Color, shade.Ratio, shade.Against, shade.Needed)
        {
            Yaml = yaml,
            Line = mark?.Line,
            Column = mark?.Column,
            Closest = shade.Color is null ? shade.Best : null,
            Darker = shade.Darker,
            DrawnWith = needs.Count,
        };
    }

    private sealed record KeyedPair(int Cut, string Element, string Color, string[] Behind, double Needed);

    [GeneratedRegex(@"^([a-z-]+)\[([0-9])\]$")]
    private static partial Regex ListEntry();
}
