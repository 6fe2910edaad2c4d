using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Doctoury.Graphics.Scene;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// The right-to-left picture from the left-to-right one: every box, disc, connector and icon place
/// reflected across the picture's centre, so step 1 stands at the right, arrows point left (down in
/// the vertical cut), badges and titles sit at a card's right and icon discs at its left. Text is
/// not reflected: each line moves whole to the reflected place of its box, keeping the visual
/// order the bidi step gave its runs, so a start-aligned line ends up right-aligned. Icons keep
/// their drawing unless the step asks for a mirrored one (<see cref="IconNode.Mirrored"/>).
/// One layout for both directions: left-to-right pictures never pass through here.
/// </summary>
internal static class Mirror
{
    public static InfographicScene Apply(InfographicScene scene) =>
        scene with { Nodes = [.. scene.Nodes.Select(n => Node(n, scene.Width))] };

    private static SceneNode Node(SceneNode node, double width) => node switch
    {
        GroupNode group => group with { Bounds = Box(group.Bounds, width), Children = [.. group.Children.Select(c => Node(c, width))] },
        BoxNode box => box with { Bounds = Box(box.Bounds, width) },
        CircleNode circle => circle with { Bounds = Box(circle.Bounds, width) },
        IconNode icon => icon with { Bounds = Box(icon.Bounds, width) },
        PathNode path => path with { Bounds = Box(path.Bounds, width), Data = PathData(path.Data, width) },
        TextNode text => text with { Bounds = Box(text.Bounds, width), Lines = [.. text.Lines.Select(l => Line(l, width))] },
        _ => throw new NotSupportedException($"Mirroring has no case for {node.GetType().Name}."),
    };

    private static Rect Box(Rect box, double width) => box with { X = Round(width - box.Right) };

    /// <summary>The line moved whole: [left, right] becomes [width − right, width − left].</summary>
    private static TextLine Line(TextLine line, double width)
    {
        var shift = width - line.Right - line.Left;
        return line with { Runs = [.. line.Runs.Select(r => r with { X = Round(r.X + shift) })] };
    }

    /// <summary>
    /// Reflects the absolute path commands the layout writes (M, L, H, V); any other command is a
    /// layout change this must learn, so it throws rather than draw a wrong arrow.
    /// </summary>
    internal static string PathData(string data, double width)
    {
        var output = new StringBuilder(data.Length);
        var tokens = Tokens(data).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            var command = tokens[i++];
            output.Append(output.Length == 0 ? "" : " ").Append(command);
            int arity = command switch { "M" or "L" => 2, "H" or "V" => 1, _ => throw new NotSupportedException($"Mirroring does not know the path command '{command}' in \"{data}\".") };
            var first = true;
            while (i < tokens.Count && !char.IsLetter(tokens[i][0]))
            {
                for (var k = 0; k < arity; k++)
                {
                    var value = double.Parse(tokens[i++], CultureInfo.InvariantCulture);
                    var x = command == "H" || (arity == 2 && k == 0);
                    if (!first || k > 0) output.Append(' ');
                    output.Append(Shapes.F(x ? width - value : value));
                }
                first = false;
            }
        }
        return output.ToString();
    }

    private static IEnumerable<string> Tokens(string data)
    {
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c) || c == ',') { i++; continue; }
            if (char.IsLetter(c)) { yield return c.ToString(); i++; continue; }
            var start = i++;
            while (i < data.Length && (char.IsDigit(data[i]) || data[i] == '.')) i++;
            yield return data[start..i];
        }
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
