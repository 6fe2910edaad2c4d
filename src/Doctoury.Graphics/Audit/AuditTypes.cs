namespace Doctoury.Graphics;

/// <summary>The WCAG 2.2 contrast level an audit holds the picture to.</summary>
public enum AuditLevel
{
    /// <summary>Level AA: text 4.5:1, large text 3:1 (SC 1.4.3); graphics 3:1 (SC 1.4.11).</summary>
    AA,
    /// <summary>Level AAA: text 7:1, large text 4.5:1 (SC 1.4.6); graphics still 3:1.</summary>
    AAA,
}

/// <summary>
/// One problem the audit found in the drawn picture.
/// </summary>
/// <param name="Rule">A stable code: <c>DG0101</c> text contrast, <c>DG0102</c> graphics contrast, <c>DG0103</c> text size, <c>DG0104</c> text outside its box, <c>DG0105</c> overlapping text, <c>DG0106</c> a glyph the fonts lack.</param>
/// <param name="Element">The element's id without the spec prefix, for example <c>step-2-summary</c>.</param>
/// <param name="Context">The step or panel it belongs to, for example <c>Step 2 of 4: Modification</c>; empty for the header and footer.</param>
/// <param name="Message">What is wrong, naming both colours, the ratio and the threshold where they apply.</param>
/// <param name="Foreground">The colour of the text or graphic, or null.</param>
/// <param name="Background">The opaque colour directly behind it, or null.</param>
/// <param name="Ratio">The contrast ratio, unrounded, or null.</param>
/// <param name="Threshold">The ratio or size it needs, or null.</param>
public sealed record AuditFinding(string Rule, string Element, string Context, string Message, string? Foreground, string? Background, double? Ratio, double? Threshold)
{
    /// <summary>
    /// <see cref="DiagnosticSeverity.Error"/> (the default) for a picture that must not be published;
    /// <see cref="DiagnosticSeverity.Warning"/> for a compromise the layout made and says so, such as a
    /// word split because it is wider than any box it could have.
    /// </summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    /// <summary>Where on the picture the element is drawn, in CSS pixels at 1x; null when it has no one place.</summary>
    public AuditArea? Area { get; init; }
}

/// <summary>A box on the picture, in CSS pixels at 1x, from its top-left corner: where a finding is, to outline it.</summary>
public readonly record struct AuditArea(double X, double Y, double Width, double Height)
{
    /// <summary>The box's lower edge.</summary>
    public double Bottom => Y + Height;
}

/// <summary>The result of <see cref="Infographic.Audit"/>.</summary>
/// <param name="Level">The level audited.</param>
/// <param name="Findings">Every problem, in drawing order; only warnings, or none, when the picture passes.</param>
/// <param name="Checked">How many text runs and graphics were measured.</param>
public sealed record AuditReport(AuditLevel Level, IReadOnlyList<AuditFinding> Findings, int Checked)
{
    /// <summary>True when no finding is an error; warnings may remain.</summary>
    public bool Passed => Findings.All(f => f.Severity != DiagnosticSeverity.Error);
}
