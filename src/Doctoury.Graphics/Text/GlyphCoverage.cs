using System.Collections.Concurrent;
using System.Text;
using Doctoury.Graphics.Assets;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Which bundled family draws a character: the first of a <see cref="FontChain"/> whose regular
/// and bold faces both have it. A character none has is a diagnostic, never an empty box; every
/// chain holds every family, so whether a character can be drawn does not depend on the order.
/// </summary>
internal static class GlyphCoverage
{
    private static readonly ConcurrentDictionary<(FontFamily Family, int CodePoint), bool> Known = new();

    public static bool CanDraw(Rune rune) => Rune.IsWhiteSpace(rune) || Scripts.DrawsNothing(rune) || FamilyOf(rune, FontChain.Default) is not null;

    /// <summary>The family of <paramref name="chain"/> that sets <paramref name="rune"/>, or null when none has it.</summary>
    public static FontFamily? FamilyOf(Rune rune, FontChain chain)
    {
        foreach (var family in chain.Families)
        {
            if (Has(family, rune.Value)) return family;
        }
        return null;
    }

    private static bool Has(FontFamily family, int codePoint) => Known.GetOrAdd((family, codePoint), static key =>
    {
        using var regular = SkiaFonts.CreateFont(key.Family, false, 16);
        using var bold = SkiaFonts.CreateFont(key.Family, true, 16);
        return regular.ContainsGlyph(key.CodePoint) && bold.ContainsGlyph(key.CodePoint);
    });
}
