using System.Globalization;

namespace Doctoury.Graphics.Cli;

/// <summary>Audit findings as diagnostics, so they print, link and serialize like every other problem.</summary>
internal static class AuditOutput
{
    /// <summary>
    /// Each finding at the place of the colour that caused it when the spec sets that colour (its
    /// <see cref="ColorSuggestion"/>), else at line 1, column 1; a contrast finding's fix names the colour to use.
    /// </summary>
    public static IReadOnlyList<Diagnostic> ToDiagnostics(AuditReport report, string file, DiagnosticSeverity severity) =>
        report.Findings.Select(f => new Diagnostic(
            f.Rule,
            f.Severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning : severity,
            (f.Context.Length == 0 ? "" : f.Context + ", ") + f.Element + ": " + f.Message,
            file,
            f.Suggestion?.Line ?? 1,
            f.Suggestion?.Column ?? 1,
            f.Element,
            f.Suggestion is { } suggestion ? Fix(suggestion) : Fix(f.Rule))).ToList();

    /// <summary>
    /// "Use "#6B7580" instead of "#B8BEC4" (same hue, darker: 4.62:1 on #E6F4F5, …)." for a colour the spec
    /// sets; the line to add under theme.colors for a built-in one; and plain words when no shade passes.
    /// </summary>
    public static string Fix(ColorSuggestion s)
    {
        var others = s.DrawnWith - 1;
        var where = $"{Show(s.Ratio)} on {s.Against}" + others switch { 0 => "", 1 => ", and more on the other colour it is drawn with", _ => $", and more on the {others} other colours it is drawn with" };
        if (s.Color is not { } color)
        {
            return $"No lighter or darker shade of {s.Current} ({s.Key}) reaches {Threshold(s.Needed)} on {s.Against}; the closest, {s.Closest}, has {Show(s.Ratio)}. Change {s.Against} as well, or choose another hue.";
        }
        var direction = s.Darker ? "darker" : "lighter";
        return s.Line is not null
            ? $"Use \"{color}\" instead of \"{s.Current}\" (same hue, {direction}: {where})."
            : $"The built-in {s.Current} fails here: add 'theme: {{ colors: {{ {s.Yaml} }} }}' to use \"{color}\" for {s.Key}, the same hue {direction} ({where}).";
    }

    private static string? Fix(string rule) => rule switch
    {
        "DG0101" or "DG0102" => "Choose darker or lighter colours under 'theme: { colors: … }', or a built-in theme: doctoury, dark or high-contrast.",
        "DG0103" => "Use a wider 'width' or shorter text, so the text need not shrink.",
        "DG0104" or "DG0105" or "DG0108" or "DG0110" => "Shorten the text; please report this, since layout should never let it happen.",
        "DG0107" or "DG0111" => "Put a soft hyphen (\"\\u00AD\" in a double-quoted string) where the word may break, or use a shorter word.",
        "DG0109" => "Shorten that step's text, or move detail into a panel, so every step keeps its size.",
        _ => null,
    };

    /// <summary>Cut, never rounded up, as the audit's messages show ratios: 4.499 shows as 4.49.</summary>
    private static string Show(double ratio) => (Math.Floor(ratio * 100) / 100).ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    private static string Threshold(double needed) => needed.ToString("0.##", CultureInfo.InvariantCulture) + ":1";

    public static bool TryParseLevel(string value, out AuditLevel level)
    {
        level = value.ToUpperInvariant() switch { "AA" => AuditLevel.AA, "AAA" => AuditLevel.AAA, _ => (AuditLevel)(-1) };
        return Enum.IsDefined(level);
    }
}
