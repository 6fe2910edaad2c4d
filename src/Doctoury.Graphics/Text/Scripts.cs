using System.Text;

namespace Doctoury.Graphics.Text;

/// <summary>
/// The writing system of a character, in words an author knows, so a missing-glyph diagnostic can say
/// "Arabic" once instead of naming every letter. Only the scripts authors are likely to paste.
/// </summary>
internal static class Scripts
{
    private static readonly (int First, int Last, string Name)[] Ranges =
    [
        (0x0100, 0x024F, "Latin with accents"), (0x1E00, 0x1EFF, "Latin with accents"),
        (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
        (0x0400, 0x052F, "Cyrillic"),
        (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
        (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
        (0x0900, 0x0DFF, "Indic"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x10A0, 0x10FF, "Georgian"),
        (0x3040, 0x30FF, "Japanese kana"),
        (0x3400, 0x9FFF, "Chinese, Japanese or Korean (CJK)"),
        (0xAC00, 0xD7AF, "Korean"),
        (0x2600, 0x27BF, "symbols"), (0x1F000, 0x1FAFF, "emoji"),
    ];

    /// <summary>The script's name, or null for a character outside the ranges above.</summary>
    public static string? Name(Rune rune)
    {
        foreach (var (first, last, name) in Ranges)
        {
            if (rune.Value >= first && rune.Value <= last) return name;
        }
        return null;
    }

    /// <summary>
    /// Default-ignorable marks that draw nothing and that shaping gives no width (soft hyphen, CGJ,
    /// ALM, ZWSP, ZWNJ, ZWJ, LRM, RLM, word joiner and invisible operators, variation selectors,
    /// BOM): a font need not have them. Those that could hide or reorder text are refused earlier.
    /// </summary>
    public static bool DrawsNothing(Rune rune) => rune.Value is 0x00AD or 0x034F or 0x061C or (>= 0x200B and <= 0x200F) or (>= 0x2060 and <= 0x2064) or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF;
}
