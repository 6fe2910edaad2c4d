using System.Collections.Immutable;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Lines broken in reading order, laid out for display (UAX #9): each line is resolved and
/// reordered on its own (the paragraph level from the language, then W1–I2 and L1–L2) into runs of
/// one level and one face, placed left to right. Per line, not per paragraph, because that is what
/// a browser does with the SVG, where every line is a chunk of its own: resolved per paragraph, a
/// comma after a Latin word at a line's end took the next line's direction in the PNG and not in
/// the SVG. Right-to-left runs are shaped right to left, so letters join and brackets mirror;
/// numbers and Latin words inside them keep their own order.
/// </summary>
internal static class BidiLines
{
    public static ImmutableArray<BrokenLine> Build(IReadOnlyList<IReadOnlyList<(string Text, bool Bold)>> lines, double size, ITextMeasurer measurer, bool rtl)
    {
        var level = rtl ? 1 : 0;
        var result = ImmutableArray.CreateBuilder<BrokenLine>(lines.Count);
        foreach (var line in lines)
        {
            var text = string.Join(" ", line.Select(w => w.Text));
            var bold = BoldPerChar(line, text.Length);
            var levels = Bidi.Levels(text, level);
            var placed = ImmutableArray.CreateBuilder<PlacedRun>();
            var x = 0.0;
            foreach (var run in Bidi.Runs(text, levels, 0, text.Length, level))
            {
                var pieces = Pieces(bold, run.Start, run.Length).ToList();
                if (run.IsRtl) pieces.Reverse(); // a bold word in right-to-left text is drawn to the left of what precedes it
                foreach (var (start, length, isBold) in pieces)
                {
                    var piece = text.Substring(start, length);
                    var width = measurer.Width(piece, size, isBold);
                    placed.Add(new PlacedRun(piece, x, width, isBold, run.IsRtl, start));
                    x += width;
                }
            }
            result.Add(new BrokenLine(placed.ToImmutable(), x) { Logical = text, Rtl = rtl });
        }
        return result.MoveToImmutable();
    }

    /// <summary>Which characters of the line are bold: a word's own face; a space between two bold words is bold, as on a left-to-right line.</summary>
    private static bool[] BoldPerChar(IReadOnlyList<(string Text, bool Bold)> line, int length)
    {
        var bold = new bool[length];
        var i = 0;
        var previous = false;
        foreach (var (text, isBold) in line)
        {
            if (i > 0) bold[i - 1] = previous && isBold; // the space before this word
            Array.Fill(bold, isBold, i, text.Length);
            i += text.Length + 1;
            previous = isBold;
        }
        return bold;
    }

    /// <summary>Stretches of one face within [start, start + length), in reading order.</summary>
    private static IEnumerable<(int Start, int Length, bool Bold)> Pieces(bool[] bold, int start, int length)
    {
        var from = start;
        for (var i = start + 1; i <= start + length; i++)
        {
            if (i < start + length && bold[i] == bold[from]) continue;
            yield return (from, i - from, bold[from]);
            from = i;
        }
    }
}
