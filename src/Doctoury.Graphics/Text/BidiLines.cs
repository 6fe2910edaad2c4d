using System.Collections.Immutable;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Lines broken in reading order, laid out for display (UAX #9): levels are resolved once for the
/// paragraph as drawn (its lines joined by spaces, so a line's first word still sees the words
/// before it), then each line is reordered on its own (L1–L2) into runs of one level and one face,
/// placed left to right. Right-to-left runs are shaped right to left, so letters join and
/// brackets mirror; numbers and Latin words inside them keep their own order.
/// </summary>
internal static class BidiLines
{
    public static ImmutableArray<BrokenLine> Build(IReadOnlyList<IReadOnlyList<(string Text, bool Bold)>> lines, double size, ITextMeasurer measurer, bool rtl)
    {
        var texts = lines.Select(line => string.Join(" ", line.Select(w => w.Text))).ToList();
        var paragraph = string.Join(" ", texts);
        var bold = BoldPerChar(lines, paragraph.Length);
        var level = rtl ? 1 : 0;
        var levels = Bidi.Levels(paragraph, level);

        var result = ImmutableArray.CreateBuilder<BrokenLine>(lines.Count);
        var offset = 0;
        foreach (var text in texts)
        {
            var placed = ImmutableArray.CreateBuilder<PlacedRun>();
            var x = 0.0;
            foreach (var run in Bidi.Runs(paragraph, levels, offset, text.Length, level))
            {
                var pieces = Pieces(bold, run.Start, run.Length).ToList();
                if (run.IsRtl) pieces.Reverse(); // a bold word in right-to-left text is drawn to the left of what precedes it
                foreach (var (start, length, isBold) in pieces)
                {
                    var piece = paragraph.Substring(start, length);
                    var width = measurer.Width(piece, size, isBold);
                    placed.Add(new PlacedRun(piece, x, width, isBold, run.IsRtl, start - offset));
                    x += width;
                }
            }
            result.Add(new BrokenLine(placed.ToImmutable(), x) { Logical = text, Rtl = rtl });
            offset += text.Length + 1;
        }
        return result.MoveToImmutable();
    }

    /// <summary>Which characters of the joined paragraph are bold: a word's own face; a space between two bold words is bold, as on a left-to-right line.</summary>
    private static bool[] BoldPerChar(IReadOnlyList<IReadOnlyList<(string Text, bool Bold)>> lines, int length)
    {
        var bold = new bool[length];
        var i = 0;
        var previous = false;
        foreach (var line in lines)
        {
            foreach (var (text, isBold) in line)
            {
                if (i > 0) bold[i - 1] = previous && isBold; // the space before this word
                Array.Fill(bold, isBold, i, text.Length);
                i += text.Length + 1;
                previous = isBold;
            }
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
