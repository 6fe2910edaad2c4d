namespace Doctoury.Graphics.Spec;

/// <summary>The bounds a spec must stay within, so that layout stays readable and hostile input stays cheap.</summary>
internal static class SpecLimits
{
    public const int MaxFileBytes = 1024 * 1024;
    public const int MinSteps = 2;
    public const int MaxSteps = 8;
    public const int MaxPanels = 4;
    public const int MaxDetails = 6;
    public const int MaxPanelItems = 8;
    public const int MinWidth = 800;
    public const int MaxWidth = 4000;
    public const int MaxTitle = 80;
    /// <summary>The main title wraps; past <see cref="MaxTitle"/> it is a warning, past this an error.</summary>
    public const int MaxMainTitle = 120;
    public const int MinVerticalWidth = 320;
    public const int MaxVerticalWidth = 640;
    public const int DefaultVerticalWidth = 360;
    public const int MaxLine = 300;

    // Checked on the parser's event stream, before any binding, so a bomb costs milliseconds.
    public const int MaxDepth = 16;
    public const int MaxScalarChars = 10_000;
    public const int MaxTotalTextChars = 100_000;
    public const int MaxNodes = 5_000;
}
