using System.Globalization;

namespace Doctoury.Graphics.Scene;

/// <summary>Geometry both renderers share, so PNG and SVG draw the very same outline.</summary>
internal static class Shapes
{
    /// <summary>
    /// The accent band along the top of a rounded card: the part of the card above
    /// <c>y + band</c>, bounded by the corner arcs, as SVG path data. Needs no clip path.
    /// </summary>
    public static string TopBand(Rect box, double radius, double band)
    {
        var r = Math.Min(radius, Math.Min(box.Width, box.Height) / 2);
        if (band >= r)
        {
            return $"M{F(box.X)} {F(box.Y + band)} V{F(box.Y + r)} A{F(r)} {F(r)} 0 0 1 {F(box.X + r)} {F(box.Y)} H{F(box.Right - r)} A{F(r)} {F(r)} 0 0 1 {F(box.Right)} {F(box.Y + r)} V{F(box.Y + band)} Z";
        }
        // Where the corner circle crosses the band's lower edge.
        var dx = Math.Sqrt(r * r - (r - band) * (r - band));
        return $"M{F(box.X + r - dx)} {F(box.Y + band)} A{F(r)} {F(r)} 0 0 1 {F(box.X + r)} {F(box.Y)} H{F(box.Right - r)} A{F(r)} {F(r)} 0 0 1 {F(box.Right - r + dx)} {F(box.Y + band)} Z";
    }

    /// <summary>A number in invariant culture with at most two decimals: stable bytes on every machine.</summary>
    public static string F(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
