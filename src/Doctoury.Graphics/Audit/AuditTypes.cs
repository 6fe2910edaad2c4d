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

    /// <summary>
    /// For a contrast finding (<c>DG0101</c>, <c>DG0102</c>): the theme colour to change, where the spec sets
    /// it, and the nearest colour of the same hue that passes; null for other findings, and for colours
    /// no spec can set.
    /// </summary>
    public ColorSuggestion? Suggestion { get; init; }
}

/// <summary>
/// The theme colour a contrast finding blames, and the nearest colour of the same hue that passes
/// everywhere that colour is drawn. Of the two colours of the pair, one that can pass is blamed before
/// one that cannot, then the one the spec set before one the built-in theme supplies, then the text or
/// graphic before the fill behind it.
/// </summary>
/// <param name="Key">The key that sets the colour: <c>theme.colors.text</c>, one entry of a list such as
/// <c>theme.colors.steps[2]</c>, or <c>theme.colors.steps</c> for a list the spec gives as one colour or does not set.</param>
/// <param name="Current">The colour drawn now, <c>#RRGGBB</c>.</param>
/// <param name="Color">The nearest colour of the same hue and, as far as sRGB allows, the same chroma (OKLCH),
/// lighter or darker, that meets the threshold plus 0.05 against every colour it is drawn with or on, in
/// both cuts; null when no lightness of that hue does.</param>
/// <param name="Ratio">The lowest ratio of <paramref name="Color"/> (when null, of the shade that comes closest), unrounded.</param>
/// <param name="Against">The colour that lowest ratio is measured against.</param>
/// <param name="Needed">The threshold of that pair.</param>
public sealed record ColorSuggestion(string Key, string Current, string? Color, double Ratio, string Against, double Needed)
{
    /// <summary>What to write under <c>theme: { colors: … }</c> to use <see cref="Color"/>, for example
    /// <c>text: "#6B7580"</c>, or a whole list such as <c>steps: ["#0B6B74", "#7A5F00"]</c>; null when <see cref="Color"/> is.</summary>
    public string? Yaml { get; init; }

    /// <summary>1-based line of the colour's value in the spec; null when the built-in theme supplies the colour.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column of the colour's value in the spec; null when the built-in theme supplies the colour.</summary>
    public int? Column { get; init; }

    /// <summary>When no shade passes (<see cref="Color"/> is null): the one that comes closest, usually near black or white.</summary>
    public string? Closest { get; init; }

    /// <summary>Whether <see cref="Color"/> (or the closest shade) is darker than <see cref="Current"/>.</summary>
    public bool Darker { get; init; }

    /// <summary>How many other colours the suggestion was measured against: every one the colour is drawn with or on.</summary>
    public int DrawnWith { get; init; }
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
