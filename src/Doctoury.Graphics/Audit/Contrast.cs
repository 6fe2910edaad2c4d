using System.Globalization;

namespace Doctoury.Graphics.Audit;

/// <summary>WCAG 2.2 relative luminance and contrast ratio of sRGB colours given as <c>#RRGGBB</c>. Never rounded.</summary>
internal static class Contrast
{
    /// <summary>https://www.w3.org/TR/WCAG22/#dfn-relative-luminance (the 0.04045 threshold of 2021).</summary>
    public static double Luminance(string hex)
    {
        var (r, g, b) = Channels(hex);
        return 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
    }

    /// <summary>(L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The ratio shown to people: cut, never rounded up, so 4.499 shows as 4.49 and not 4.50.</summary>
    public static string Show(double ratio) => (Math.Floor(ratio * 100) / 100).ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static (int R, int G, int B) Channels(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#') throw new FormatException($"'{hex}' is not #RRGGBB.");
        return (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
    }
}
