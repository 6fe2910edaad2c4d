using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Cli;

/// <summary>
/// Rewrites SVG path data with its numbers rounded to two decimals and the shortest separators,
/// for pages that show many icons at once. Relative coordinates are rounded against where the
/// rounded pen really is, so errors never add up along a path; arc flags are read as flags, so
/// "a1 1 0 011 1" keeps its meaning, and arcs whose chord is nearly their diameter are kept as they are. A hundredth of a 24- or 48-unit view box is under a twentieth
/// of a pixel at 48 px.
/// </summary>
internal static partial class PathPrecision
{
    public static string Round(string data, int decimals = 2)
    {
        if (Parse(data) is not { } commands) return data; // not path data we understand: leave it as it is
        var text = new StringBuilder(data.Length);
        // The pen where the original path puts it, and where the rounded path puts it; likewise the subpath starts.
        double x = 0, y = 0, rx = 0, ry = 0, sx = 0, sy = 0, rsx = 0, rsy = 0;
        foreach (var (letter, args) in commands)
        {
            text.Append(letter);
            var upper = char.ToUpperInvariant(letter);
            var relative = char.IsLower(letter);
            var arity = upper switch { 'M' or 'L' or 'T' => 2, 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, _ => 0 };
            if (arity == 0)
            {
                (x, y, rx, ry) = (sx, sy, rsx, rsy);
                continue;
            }
            var previous = "";
            for (var start = 0; start + arity <= args.Count; start += arity)
            {
                var rounded = new double[arity];
                var halfCircle = upper == 'A' && NearHalf(args, start, relative ? 0 : x, relative ? 0 : y);
                for (var k = 0; k < arity; k++)
                {
                    var v = args[start + k];
                    // Which axis this argument is on: 'x', 'y', or none (arc radii, rotation and flags).
                    var axis = upper switch
                    {
                        'H' => 'x',
                        'V' => 'y',
                        'A' => k == 5 ? 'x' : k == 6 ? 'y' : ' ',
                        _ => k % 2 == 0 ? 'x' : 'y',
                    };
                    // A near half circle keeps its radii and its chord exactly: it may move by the pen's
                    // rounding, never change shape.
                    var places = halfCircle ? decimals + 4 : decimals;
                    rounded[k] = upper == 'A' && (k is 3 or 4 || (halfCircle && k is 0 or 1)) ? v
                        : halfCircle ? Math.Round(relative ? v : axis == 'x' ? rx + v - x : ry + v - y, places, MidpointRounding.AwayFromZero)
                        : !relative || axis == ' ' ? Math.Round(v, places, MidpointRounding.AwayFromZero)
                        : Math.Round(axis == 'x' ? x + v - rx : y + v - ry, places, MidpointRounding.AwayFromZero);
                    var written = upper == 'A' && k is 3 or 4 ? (v == 0 ? "0" : "1") : Shortest(rounded[k], places);
                    var glued = previous.Length > 0 && (written[0] == '-' || (written[0] == '.' && previous.Contains('.')));
                    if (previous.Length > 0 && !glued) text.Append(' ');
                    text.Append(written);
                    previous = written;
                }
                // The segment's end point: the last pair, or the one coordinate of H and V.
                var (endX, endY, rEndX, rEndY) = upper switch
                {
                    'H' => (args[start], relative ? 0 : y, rounded[0], relative ? 0 : ry),
                    'V' => (relative ? 0 : x, args[start], relative ? 0 : rx, rounded[0]),
                    _ => (args[start + arity - 2], args[start + arity - 1], rounded[arity - 2], rounded[arity - 1]),
                };
                if (relative) (x, y, rx, ry) = (x + endX, y + endY, rx + rEndX, ry + rEndY);
                else (x, y, rx, ry) = (endX, endY, rEndX, rEndY);
                if (upper == 'M' && start == 0) (sx, sy, rsx, rsy) = (x, y, rx, ry);
            }
        }
        return text.ToString();
    }

    /// <summary>Commands with their numbers (arc flags as 0 or 1), or null when the data is not path data.</summary>
    private static List<(char Letter, List<double> Args)>? Parse(string data)
    {
        var commands = new List<(char, List<double>)>();
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c) || c == ',') { i++; continue; }
            if (char.IsAsciiLetter(c) && c is not ('e' or 'E'))
            {
                if ("MmZzLlHhVvCcSsQqTtAa".IndexOf(c) < 0) return null;
                commands.Add((c, []));
                i++;
                continue;
            }
            if (commands.Count == 0) return null;
            var (letter, args) = commands[^1];
            if (letter is 'a' or 'A' && args.Count % 7 is 3 or 4 && c is '0' or '1')
            {
                args.Add(c - '0');
                i++;
                continue;
            }
            var match = Number().Match(data, i);
            if (!match.Success || match.Index != i) return null;
            args.Add(double.Parse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture));
            i += match.Length;
        }
        // A command's numbers must fill whole groups (Z takes none).
        foreach (var (letter, args) in commands)
        {
            var arity = char.ToUpperInvariant(letter) switch { 'M' or 'L' or 'T' => 2, 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, _ => 0 };
            if (arity == 0 ? args.Count != 0 : args.Count == 0 || args.Count % arity != 0) return null;
        }
        return commands;
    }

    /// <summary>
    /// True when the arc's chord is (nearly) its diameter, where a hundredth on the chord changes the
    /// bulge by about a tenth: SVG's radius check Λ (F.6.6.2) is 0.9 or more. Such arcs are kept as
    /// they are, which costs a few bytes on a few arcs.
    /// </summary>
    private static bool NearHalf(List<double> args, int start, double fromX, double fromY)
    {
        double rx = Math.Abs(args[start]), ry = Math.Abs(args[start + 1]);
        if (rx == 0 || ry == 0) return false;
        var (sin, cos) = Math.SinCos(args[start + 2] * Math.PI / 180);
        double dx = (fromX - args[start + 5]) / 2, dy = (fromY - args[start + 6]) / 2;
        double x1 = cos * dx + sin * dy, y1 = -sin * dx + cos * dy;
        return x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry) >= 0.9;
    }

    private static string Shortest(double value, int decimals)
    {
        var text = value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        if (text == "-0") return "0";
        if (text.StartsWith("0.", StringComparison.Ordinal)) return text[1..];
        if (text.StartsWith("-0.", StringComparison.Ordinal)) return "-" + text[2..];
        return text;
    }

    [GeneratedRegex(@"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")]
    private static partial Regex Number();
}
