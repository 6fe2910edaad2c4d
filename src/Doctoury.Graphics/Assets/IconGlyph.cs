using System.Collections.Immutable;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// One shape of an icon: SVG path data drawn in the icon's colour, filled or stroked, with the
/// transform it inherits (null when none). The data holds only path commands and numbers.
/// </summary>
internal sealed record IconPath(string Data, bool Filled, bool EvenOdd, double StrokeWidth, string? LineCap, string? LineJoin, Affine? Transform = null);

/// <summary>An icon reduced to its paths in its own view box: nothing else from the source survives.</summary>
// Name: The bundled name, or the file reference as written in the spec.
internal sealed record IconGlyph(string Name, double ViewWidth, double ViewHeight, ImmutableArray<IconPath> Paths)
{
    /// <summary>Bundled glyphs are shared by name; a custom file's glyph belongs to one spec.</summary>
    public bool IsBundled { get; init; } = true;
}
