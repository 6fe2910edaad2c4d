using System.Globalization;

namespace Doctoury.Graphics.Audit;

/// <summary>Another colour a colour is drawn with, and the contrast ratio the pair needs.</summary>
internal readonly record struct ContrastNeed(string Other, double Needed);

/// <summary>
/// What <see cref="PassingColor.Nearest"/> found.
/// </summary>
/// <param name="Color">The nearest passing shade as <c>#RRGGBB</c>; null when no shade of the hue passes.</param>
/// <param name="Ratio">The ratio of <paramref name="Color"/> (or, when none passes, of the best shade) against <paramref name="Against"/>, unrounded.</param>
/// <param name="Against">The other colour of the tightest pair: the one with the least to spare.</param>
/// <param name="Needed">The ratio that pair needs.</param>
/// <param name="Darker">Whether the shade is darker than the original.</param>
/// <param name="Best">When none passes, the shade that comes closest; otherwise <paramref name="Color"/>.</param>
internal sealed record Shade(string? Color, double Ratio, string Against, double Needed, bool Darker, string Best);

/// <summary>
/// The nearest shade of a colour that passes contrast against every colour it is drawn with: the same
/// hue and, where the sRGB gamut allows, the same chroma, moved only in lightness.
/// </summary>
/// <remarks>
/// Lightness and hue are taken in OKLCH (Björn Ottosson, "A perceptual color space for image
/// processing", 2020; CSS Color 4 <c>oklch()</c>), not HSL: OKLab's L follows perceived lightness, so
/// "nearest" is nearest as a designer sees it, and its hue stays put as lightness changes, where an
/// HSL blue drifts towards purple when darkened. A shade outside sRGB keeps L and h and gives up
/// chroma (CSS Color 4 gamut mapping, simplified to a chroma search). The contrast itself is always
/// the WCAG formula on the 8-bit colour that would be written, never on the OKLab estimate.
/// </remarks>
internal static class PassingColor
{
    /// <summary>Head room over each threshold, so that no rounding anywhere can make the suggestion fail.</summary>
    public const double Margin = 0.05;

    private const int Steps = 1000;

    /// <summary>The shade of <paramref name="color"/> nearest in OKLab lightness whose ratio against every need is at least its threshold plus <see cref="Margin"/>.</summary>
    public static Shade Nearest(string color, IReadOnlyList<ContrastNeed> needs, double margin = Margin)
    {
        ArgumentOutOfRangeException.ThrowIfZero(needs.Count);
        var (l0, c0, h0) = ToOklch(color);
        string? found = null;
        var foundDistance = double.MaxValue;
        var (best, bestScore) = (color, Score(color, needs, 0));
        for (var i = 0; i <= Steps; i++)
        {
            var l = (double)i / Steps;
            var candidate = FromOklch(l, c0, h0);
            var score = Score(candidate, needs, margin);
            if (score > bestScore) (best, bestScore) = (candidate, score);
            if (score >= 0 && Math.Abs(l - l0) < foundDistance) (found, foundDistance) = (candidate, Math.Abs(l - l0));
        }
        if (Score(color, needs, margin) >= 0) found = color;
        var shade = found ?? best;
        var tightest = needs.MinBy(n => Contrast.Ratio(shade, n.Other) - n.Needed);
        return new Shade(found, Contrast.Ratio(shade, tightest.Other), tightest.Other, tightest.Needed, ToOklch(shade).L < l0, shade);
    }

    /// <summary>The least any pair has to spare over its threshold plus the margin: passes at zero or more.</summary>
    private static double Score(string color, IReadOnlyList<ContrastNeed> needs, double margin) =>
        needs.Min(n => Contrast.Ratio(color, n.Other) - n.Needed - margin);

    /// <summary>OKLCH of an sRGB colour: lightness 0–1, chroma, hue in degrees.</summary>
    public static (double L, double C, double H) ToOklch(string hex)
    {
        var rgb = new[] { hex[1..3], hex[3..5], hex[5..7] }.Select(p => ToLinear(int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)).ToArray();
        var l = Math.Cbrt(0.4122214708 * rgb[0] + 0.5363325363 * rgb[1] + 0.0514459929 * rgb[2]);
        var m = Math.Cbrt(0.2119034982 * rgb[0] + 0.6806995451 * rgb[1] + 0.1073969566 * rgb[2]);
        var s = Math.Cbrt(0.0883024619 * rgb[0] + 0.2817188376 * rgb[1] + 0.6299787005 * rgb[2]);
        var lightness = 0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s;
        var a = 1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s;
        var b = 0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s;
        var hue = Math.Atan2(b, a) * 180 / Math.PI;
        return (lightness, Math.Sqrt(a * a + b * b), hue < 0 ? hue + 360 : hue);
    }

    /// <summary>The 8-bit sRGB colour at that lightness and hue, with the chroma reduced as far as the gamut needs.</summary>
    public static string FromOklch(double lightness, double chroma, double hue)
    {
        if (!InGamut(lightness, chroma, hue))
        {
            var (low, high) = (0.0, chroma);
            for (var i = 0; i < 24; i++)
            {
                var mid = (low + high) / 2;
                if (InGamut(lightness, mid, hue)) low = mid; else high = mid;
            }
            chroma = low;
        }
        var (r, g, b) = LinearRgb(lightness, chroma, hue);
        return "#" + string.Concat(new[] { r, g, b }.Select(c => ((int)Math.Round(Math.Clamp(ToGamma(c), 0, 1) * 255)).ToString("X2", CultureInfo.InvariantCulture)));
    }

    private static bool InGamut(double lightness, double chroma, double hue)
    {
        var (r, g, b) = LinearRgb(lightness, chroma, hue);
        const double e = 1e-6;
        return r is >= -e and <= 1 + e && g is >= -e and <= 1 + e && b is >= -e and <= 1 + e;
    }

    private static (double R, double G, double B) LinearRgb(double lightness, double chroma, double hue)
    {
        var a = chroma * Math.Cos(hue * Math.PI / 180);
        var b = chroma * Math.Sin(hue * Math.PI / 180);
        var l = Math.Pow(lightness + 0.3963377774 * a + 0.2158037573 * b, 3);
        var m = Math.Pow(lightness - 0.1055613458 * a - 0.0638541728 * b, 3);
        var s = Math.Pow(lightness - 0.0894841775 * a - 1.2914855480 * b, 3);
        return (4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s);
    }

    private static double ToLinear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    private static double ToGamma(double c) => c <= 0.0031308 ? 12.92 * c : 1.055 * Math.Pow(Math.Max(c, 0), 1 / 2.4) - 0.055;
}
