using System.Collections.Immutable;

namespace Doctoury.Graphics.Assets;

/// <summary>One shape of an icon: SVG path data drawn in the icon's colour, filled or stroked.</summary>
internal sealed record IconPath(string Data, bool Filled, bool EvenOdd, double StrokeWidth, string? LineCap, string? LineJoin);

/// <summary>An icon reduced to its paths in its own view box: nothing else from the source survives.</summary>
internal sealed record IconGlyph(string Name, double ViewWidth, double ViewHeight, ImmutableArray<IconPath> Paths);
