namespace Doctoury.Graphics.Localization;

/// <summary>The base direction of a language's text (Unicode UAX #9 paragraph level 0 or 1).</summary>
internal enum TextDirection
{
    Ltr,
    Rtl,
}
