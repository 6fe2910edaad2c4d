namespace Doctoury.Graphics.Text;

/// <summary>How the layout sees fonts: widths and vertical metrics, nothing of the drawing library.</summary>
internal interface ITextMeasurer
{
    /// <summary>Advance width of <paramref name="text"/> in CSS pixels.</summary>
    double Width(string text, double size, bool bold);

    /// <summary>Distance from baseline up to the top of the tallest glyphs (cap height plus accents), positive.</summary>
    double Ascent(double size);

    /// <summary>
    /// The direction of the picture's paragraphs (UAX #9 HL1, from the spec's language): lines of a
    /// right-to-left paragraph are reordered and, once the layout is mirrored, aligned to the right.
    /// </summary>
    BidiDirection Direction => BidiDirection.Ltr;

    /// <summary>
    /// What lines of <paramref name="spans"/> need above and below the baseline, in px: the Latin
    /// face's <see cref="Ascent"/> and <see cref="Descent"/>, or more where a glyph of this text,
    /// marks included, reaches further (Arabic letters reach higher and deeper than Latin ones).
    /// </summary>
    (double Ascent, double Descent) Extent(IReadOnlyList<StyledSpan> spans, double size) => (Ascent(size), Descent(size));

    /// <summary>Distance from baseline down to the bottom of descenders, positive.</summary>
    double Descent(double size);
}
