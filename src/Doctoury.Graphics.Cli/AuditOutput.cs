namespace Doctoury.Graphics.Cli;

/// <summary>Audit findings as diagnostics, so they print, link and serialize like every other problem.</summary>
internal static class AuditOutput
{
    public static IReadOnlyList<Diagnostic> ToDiagnostics(AuditReport report, string file, DiagnosticSeverity severity) =>
        report.Findings.Select(f => new Diagnostic(
            f.Rule,
            f.Severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning : severity,
            (f.Context.Length == 0 ? "" : f.Context + ", ") + f.Element + ": " + f.Message,
            file,
            1,
            1,
            f.Element,
            Fix(f.Rule))).ToList();

    private static string? Fix(string rule) => rule switch
    {
        "DG0101" or "DG0102" => "Choose darker or lighter colours under 'theme: { colors: … }', or a built-in theme: doctoury, dark or high-contrast.",
        "DG0103" => "Use a wider 'width' or shorter text, so the text need not shrink.",
        "DG0104" or "DG0105" or "DG0108" or "DG0110" => "Shorten the text; please report this, since layout should never let it happen.",
        "DG0107" or "DG0111" => "Put a soft hyphen (\"\\u00AD\" in a double-quoted string) where the word may break, or use a shorter word.",
        "DG0109" => "Shorten that step's text, or move detail into a panel, so every step keeps its size.",
        _ => null,
    };

    public static bool TryParseLevel(string value, out AuditLevel level)
    {
        level = value.ToUpperInvariant() switch { "AA" => AuditLevel.AA, "AAA" => AuditLevel.AAA, _ => (AuditLevel)(-1) };
        return Enum.IsDefined(level);
    }
}
