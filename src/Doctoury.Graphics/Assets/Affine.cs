using System.Globalization;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Assets;

/// <summary>A 2-D affine transform as SVG's matrix(a b c d e f), parsed from an icon's <c>transform</c> by our own code.</summary>
internal readonly partial record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform applied after <paramref name="inner"/>: parent.Then(child) maps child space to the parent's.</summary>
    public Affine Then(Affine inner) => new(
        A * inner.A + C * inner.B, B * inner.A + D * inner.B,
        A * inner.C + C * inner.D, B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E, B * inner.E + D * inner.F + F);

    public bool IsIdentity => this == Identity;

    public string ToSvg() => FormattableString.Invariant($"matrix({Num(A)} {Num(B)} {Num(C)} {Num(D)} {Num(E)} {Num(F)})");

    /// <summary>Parses an SVG transform list; null when it is not one.</summary>
    public static Affine? Parse(string text)
    {
        var result = Identity;
        var rest = text.Trim();
        var position = 0;
        foreach (Match match in Item().Matches(rest))
        {
            if (match.Index != position) return null;
            position = match.Index + match.Length;
            var numbers = new List<double>();
            foreach (var part in Separator().Split(match.Groups["args"].Value.Trim()))
            {
                if (part.Length == 0) continue;
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n)) return null;
                numbers.Add(n);
            }
            Affine? next = (match.Groups["name"].Value, numbers.Count) switch
            {
                ("matrix", 6) => new Affine(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]),
                ("translate", 1) => new Affine(1, 0, 0, 1, numbers[0], 0),
                ("translate", 2) => new Affine(1, 0, 0, 1, numbers[0], numbers[1]),
                ("scale", 1) => new Affine(numbers[0], 0, 0, numbers[0], 0, 0),
                ("scale", 2) => new Affine(numbers[0], 0, 0, numbers[1], 0, 0),
                ("rotate", 1) => Rotate(numbers[0]),
                ("rotate", 3) => new Affine(1, 0, 0, 1, numbers[1], numbers[2]).Then(Rotate(numbers[0])).Then(new Affine(1, 0, 0, 1, -numbers[1], -numbers[2])),
                ("skewX", 1) => new Affine(1, 0, Math.Tan(numbers[0] * Math.PI / 180), 1, 0, 0),
                ("skewY", 1) => new Affine(1, Math.Tan(numbers[0] * Math.PI / 180), 0, 1, 0, 0),
                _ => null,
            };
            if (next is null) return null;
            result = result.Then(next.Value);
        }
        return position == rest.Length ? result : null;
    }

    private static Affine Rotate(double degrees)
    {
        var radians = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(radians);
        return new Affine(cos, sin, -sin, cos, 0, 0);
    }

    private static string Num(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G\s*,?\s*(?<name>matrix|translate|scale|rotate|skewX|skewY)\s*\((?<args>[^()]*)\)\s*")]
    private static partial Regex Item();

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex Separator();
}
