namespace Doctoury.Graphics.Text;

/// <summary>The direction of a paragraph: given (from the language, UAX #9 HL1), or found from its text (P2–P3).</summary>
internal enum BidiDirection
{
    Ltr,
    Rtl,
    Auto,
}

/// <summary>A stretch of a line at one embedding level: logical start and length in UTF-16 code units.</summary>
internal readonly record struct BidiRun(int Start, int Length, byte Level)
{
    public bool IsRtl => (Level & 1) == 1;
}

/// <summary>
/// The Unicode Bidirectional Algorithm (<see href="https://www.unicode.org/reports/tr9/">UAX #9</see>)
/// for the text a spec may hold. The spec loader refuses embeddings, overrides and isolates
/// (<c>Spec/CharacterRules.cs</c>), so a paragraph is one isolating run sequence at the paragraph
/// level, and the algorithm is P2–P3, X9, W1–W7, N0–N2 and I1–I2 (<see cref="Levels(string, int)"/>),
/// then L1–L2 per line (<see cref="VisualOrder"/>, <see cref="Runs"/>). Were such controls to get
/// through anyway, embeddings and overrides are removed like BN and isolates count as neutrals:
/// the text still gets levels, but not the ones a full implementation would give.
/// L3 (combining marks) is not applied, and L4 (mirroring "(" to ")" in right-to-left runs) is
/// left to the shaper: HarfBuzz mirrors characters in a run it shapes right to left.
/// A paragraph separator (B) inside the text is not split on (P1): it gets the paragraph level,
/// as in Unicode's BidiTest.txt. Callers break paragraphs first; drawn spec text has none.
/// Levels are per UTF-16 code unit; both halves of a surrogate pair get the same level.
/// </summary>
internal static class Bidi
{
    /// <summary>The depth of the bracket stack in BD16; deeper nesting stops the pairing.</summary>
    private const int MaxBracketDepth = 63;

    /// <summary>The paragraph embedding level: 0 for left to right, 1 for right to left.</summary>
    public static int ParagraphLevel(string text, BidiDirection direction) => direction switch
    {
        BidiDirection.Ltr => 0,
        BidiDirection.Rtl => 1,
        _ => FirstStrongLevel(text),
    };

    /// <summary>The resolved embedding level of each code unit, before the per-line rules (L1).</summary>
    public static byte[] Levels(string text, BidiDirection direction) => Levels(text, ParagraphLevel(text, direction));

    /// <summary>The resolved embedding level of each code unit at a given paragraph level (0 or 1), before L1.</summary>
    public static byte[] Levels(string text, int paragraphLevel)
    {
        if (paragraphLevel is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(paragraphLevel), paragraphLevel, "A paragraph level is 0 (left to right) or 1 (right to left).");
        // X9: BN (and the second half of a surrogate pair) are left out of every rule below; only
        // the kept positions are resolved, in a compact array where "adjacent" skips removed ones.
        var kept = new int[text.Length];
        var original = new BidiClass[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsSurrogatePair(text[i - 1], text[i])) continue;
            var c = ClassAt(text, i);
            if (c is BidiClass.BN or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF) continue;
            (kept[count], original[count]) = (i, Working(c));
            count++;
        }
        Array.Resize(ref kept, count);
        Array.Resize(ref original, count);
        var types = (BidiClass[])original.Clone();

        // With no embeddings the one run sequence starts (sos) and ends (eos) at the paragraph level.
        var e = (paragraphLevel & 1) == 0 ? BidiClass.L : BidiClass.R;
        ResolveWeak(types, e);
        ResolveBrackets(text, kept, original, types, e);
        ResolveNeutrals(types, e);

        var levels = new byte[text.Length];
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < kept.Length && kept[next] == i) levels[i] = Implicit(types[next++], paragraphLevel);
            else levels[i] = i > 0 ? levels[i - 1] : (byte)paragraphLevel; // removed: the level before it
        }
        return levels;
    }

    /// <summary>
    /// L1 for one line: separators, and whitespace before them or at the end of the line, go back to
    /// the paragraph level, so trailing spaces never sit between right-to-left words.
    /// </summary>
    public static byte[] LineLevels(string text, ReadOnlySpan<byte> levels, int start, int length, int paragraphLevel)
    {
        var line = levels.Slice(start, length).ToArray();
        var trailing = true; // walking back from the end: in whitespace that ends the line or precedes a separator
        for (var i = length - 1; i >= 0; i--)
        {
            var c = ClassAt(text, start + i);
            if (c is BidiClass.S or BidiClass.B)
            {
                line[i] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (IsWhitespaceLike(c))
            {
                if (trailing) line[i] = (byte)paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
        return line;
    }

    /// <summary>
    /// L1 then L2 for one line: the logical indices (into <paramref name="text"/>) of the line in
    /// visual order, left to right. A surrogate pair stays in logical order (high half first).
    /// </summary>
    public static int[] VisualOrder(string text, ReadOnlySpan<byte> levels, int start, int length, int paragraphLevel)
    {
        var line = LineLevels(text, levels, start, length, paragraphLevel);
        var order = new int[length];
        for (var i = 0; i < length; i++) order[i] = i;
        ReverseByLevel(order, i => line[i]);
        for (var k = 0; k + 1 < length; k++)
        {
            // A reversed pair would hand the shaper half a character; put it back.
            if (order[k] == order[k + 1] + 1 && char.IsSurrogatePair(text[start + order[k + 1]], text[start + order[k]]))
            {
                (order[k], order[k + 1]) = (order[k + 1], order[k]);
            }
        }
        for (var k = 0; k < length; k++) order[k] += start;
        return order;
    }

    /// <summary>L1 then L2 for one line, by runs: each maximal stretch of one level, listed left to right.</summary>
    public static IReadOnlyList<BidiRun> Runs(string text, ReadOnlySpan<byte> levels, int start, int length, int paragraphLevel)
    {
        var line = LineLevels(text, levels, start, length, paragraphLevel);
        var runs = new List<BidiRun>();
        for (var i = 0; i < length;)
        {
            var end = i + 1;
            while (end < length && line[end] == line[i]) end++;
            runs.Add(new BidiRun(start + i, end - i, line[i]));
            i = end;
        }
        var order = new int[runs.Count];
        for (var r = 0; r < order.Length; r++) order[r] = r;
        ReverseByLevel(order, r => runs[r].Level);
        return Array.ConvertAll(order, r => runs[r]);
    }

    /// <summary>The Bidi_Class of a code point, from the generated ranges.</summary>
    public static BidiClass ClassOf(int codePoint)
    {
        var starts = BidiData.RangeStarts;
        var index = starts.BinarySearch(codePoint);
        if (index < 0) index = ~index - 1; // the range that starts before it
        return (BidiClass)BidiData.RangeClasses[index];
    }

    /// <summary>P2–P3: the level of the first strong character of the (first) paragraph; 0 when none.</summary>
    private static int FirstStrongLevel(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (ClassAt(text, i))
            {
                case BidiClass.L or BidiClass.B: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
            }
        }
        return 0;
    }

    /// <summary>W1–W7: resolves NSM, numbers and separators, leaving strong types, EN, AN and neutrals.</summary>
    private static void ResolveWeak(BidiClass[] t, BidiClass e)
    {
        var lastStrong = e;
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] == BidiClass.NSM) t[k] = k == 0 ? e : t[k - 1];                 // W1
            if (t[k] is BidiClass.L or BidiClass.R or BidiClass.AL) lastStrong = t[k];
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.AL) t[k] = BidiClass.AN; // W2
        }
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] == BidiClass.AL) t[k] = BidiClass.R;                            // W3
        }
        for (var k = 1; k + 1 < t.Length; k++)                                      // W4
        {
            var (before, after) = (t[k - 1], t[k + 1]);
            if (before != after) continue;
            if (t[k] == BidiClass.ES && before == BidiClass.EN) t[k] = BidiClass.EN;
            else if (t[k] == BidiClass.CS && before is BidiClass.EN or BidiClass.AN) t[k] = before;
        }
        for (var k = 0; k < t.Length;)                                             // W5
        {
            if (t[k] != BidiClass.ET) { k++; continue; }
            var end = k;
            while (end < t.Length && t[end] == BidiClass.ET) end++;
            if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN)) Array.Fill(t, BidiClass.EN, k, end - k);
            k = end;
        }
        lastStrong = e;
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[k] = BidiClass.ON; // W6
            if (t[k] is BidiClass.L or BidiClass.R) lastStrong = t[k];
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.L) t[k] = BidiClass.L;  // W7
        }
    }

    /// <summary>
    /// N0: a bracket pair takes the embedding direction if it holds a strong type of that direction,
    /// else the opposite direction when that is found both inside and before it; "(CAR-T)" in Arabic
    /// text thus keeps its parentheses around the Latin word.
    /// </summary>
    private static void ResolveBrackets(string text, int[] kept, BidiClass[] original, BidiClass[] t, BidiClass e)
    {
        foreach (var (open, close) in BracketPairs(text, kept, t))
        {
            var inside = BidiClass.ON;
            for (var k = open + 1; k < close && inside != e; k++)
            {
                if (StrongDirection(t[k]) is { } d) inside = d;
            }
            if (inside == BidiClass.ON) continue; // no strong type inside: N1/N2 decide
            var direction = inside == e ? e : (StrongBefore(t, open, e) == inside ? inside : e);
            SetBracket(open, direction);
            SetBracket(close, direction);
        }

        void SetBracket(int k, BidiClass direction)
        {
            t[k] = direction;
            for (var j = k + 1; j < t.Length && original[j] == BidiClass.NSM; j++) t[j] = direction; // marks on the bracket follow it
        }
    }

    /// <summary>BD16: the bracket pairs of the sequence (compact indices), sorted by their opening bracket.</summary>
    private static List<(int Open, int Close)> BracketPairs(string text, int[] kept, BidiClass[] t)
    {
        var pairs = new List<(int Open, int Close)>();
        var stack = new List<(int Key, int Open)>(); // top at the end
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ON) continue; // only a bracket still neutral after W1–W7 pairs up
            var index = BidiData.Brackets.BinarySearch((int)text[kept[k]]);
            if (index < 0) continue;
            var key = BidiData.BracketKeys[index];
            if (BidiData.BracketTypes[index] == 1)
            {
                if (stack.Count == MaxBracketDepth) break;
                stack.Add((key, k));
                continue;
            }
            var match = stack.Count - 1;
            while (match >= 0 && stack[match].Key != key) match--;
            if (match < 0) continue; // a closing bracket with no opening one stays a plain neutral
            pairs.Add((stack[match].Open, k));
            stack.RemoveRange(match, stack.Count - match);
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    /// <summary>N1–N2: a run of neutrals between two of one direction takes it, else the embedding direction.</summary>
    private static void ResolveNeutrals(BidiClass[] t, BidiClass e)
    {
        for (var k = 0; k < t.Length;)
        {
            if (StrongDirection(t[k]) is not null) { k++; continue; }
            var end = k;
            while (end < t.Length && StrongDirection(t[end]) is null) end++;
            var before = k == 0 ? e : StrongDirection(t[k - 1])!.Value;
            var after = end == t.Length ? e : StrongDirection(t[end])!.Value;
            Array.Fill(t, before == after ? before : e, k, end - k);
            k = end;
        }
    }

    /// <summary>I1–I2.</summary>
    private static byte Implicit(BidiClass type, int level) => (level & 1, type) switch
    {
        (0, BidiClass.R) => (byte)(level + 1),
        (0, BidiClass.EN or BidiClass.AN) => (byte)(level + 2),
        (1, BidiClass.L or BidiClass.EN or BidiClass.AN) => (byte)(level + 1),
        _ => (byte)level,
    };

    /// <summary>L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.</summary>
    private static void ReverseByLevel(int[] order, Func<int, byte> levelOf)
    {
        if (order.Length == 0) return;
        int highest = 0, lowestOdd = int.MaxValue;
        foreach (var i in order)
        {
            highest = Math.Max(highest, levelOf(i));
            if ((levelOf(i) & 1) == 1) lowestOdd = Math.Min(lowestOdd, levelOf(i));
        }
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var k = 0; k < order.Length;)
            {
                if (levelOf(order[k]) < level) { k++; continue; }
                var end = k;
                while (end < order.Length && levelOf(order[end]) >= level) end++;
                Array.Reverse(order, k, end - k);
                k = end;
            }
        }
    }

    /// <summary>The direction a resolved type counts as for N0–N2: numbers count as R; null for a neutral.</summary>
    private static BidiClass? StrongDirection(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    /// <summary>The first strong direction before compact index <paramref name="k"/>, or sos.</summary>
    private static BidiClass StrongBefore(BidiClass[] t, int k, BidiClass sos)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (StrongDirection(t[j]) is { } d) return d;
        }
        return sos;
    }

    /// <summary>The class a kept character enters W1 with: isolates (refused by the spec) as neutrals.</summary>
    private static BidiClass Working(BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : c;

    /// <summary>What L1 resets with trailing whitespace; removed characters go along with it (UAX #9 §5.2).</summary>
    private static bool IsWhitespaceLike(BidiClass c) => c is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI
        or BidiClass.PDI or BidiClass.BN or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF;

    /// <summary>The class of the character at a code unit; both halves of a surrogate pair give the pair's class.</summary>
    private static BidiClass ClassAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) return ClassOf(char.ConvertToUtf32(c, text[i + 1]));
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])) return ClassOf(char.ConvertToUtf32(text[i - 1], c));
        return ClassOf(c);
    }
}
