namespace Doctoury.Graphics.Scene;

/// <summary>An axis-aligned box in CSS pixels at 1x.</summary>
internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public bool Intersects(Rect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Contains(Rect inner, double tolerance = 0.01) =>
        inner.X >= X - tolerance && inner.Y >= Y - tolerance &&
        inner.Right <= Right + tolerance && inner.Bottom <= Bottom + tolerance;
}
