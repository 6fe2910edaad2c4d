namespace Doctoury.Graphics;

/// <summary>
/// Which cut of the infographic to draw. Both come from the same spec and carry the same words,
/// so the alt text and the long description are the same for both.
/// </summary>
public enum Orientation
{
    /// <summary>Steps left to right in a row, panels in a row below: the spec's <c>width</c> (1600 CSS px by default).</summary>
    Horizontal,

    /// <summary>
    /// The cut for phones: steps stacked top to bottom along a spine of numbered badges, panels
    /// stacked below, body text at 16 CSS px or more; the spec's <c>vertical.width</c> (360 CSS px by default).
    /// </summary>
    Vertical,
}
