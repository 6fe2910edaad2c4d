using System.Text;

namespace Doctoury.Graphics.Spec;

/// <summary>
/// Characters that never reach the output: controls that XML forbids or that hide text, and the
/// bidirectional embeddings, overrides and isolates that can make text read differently from how
/// it is stored ("Trojan Source").
/// </summary>
internal static class CharacterRules
{
    /// <summary>The reason a character is refused, or null when it is allowed.</summary>
    public static string? WhyForbidden(int c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        < 0x20 or 0x7F or (>= 0x80 and <= 0x9F) => "a control character",
        0x202A => "LEFT-TO-RIGHT EMBEDDING, a bidirectional control",
        0x202B => "RIGHT-TO-LEFT EMBEDDING, a bidirectional control",
        0x202C => "POP DIRECTIONAL FORMATTING, a bidirectional control",
        0x202D => "LEFT-TO-RIGHT OVERRIDE, a bidirectional control",
        0x202E => "RIGHT-TO-LEFT OVERRIDE, a bidirectional control",
        0x2066 => "LEFT-TO-RIGHT ISOLATE, a bidirectional control",
        0x2067 => "RIGHT-TO-LEFT ISOLATE, a bidirectional control",
        0x2068 => "FIRST STRONG ISOLATE, a bidirectional control",
        0x2069 => "POP DIRECTIONAL ISOLATE, a bidirectional control",
        (>= 0xFDD0 and <= 0xFDEF) or 0xFFFE or 0xFFFF => "a Unicode noncharacter",
        (>= 0xD800 and <= 0xDFFF) => "half of a surrogate pair",
        _ => null,
    };

    /// <summary>Each refused character once, with its index in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Index, int CodePoint, string Why)> Find(string text)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue; // a valid pair is an ordinary character
            }
            if (WhyForbidden(code) is { } why && seen.Add(code)) yield return (i, code, why);
        }
    }

    public static string Name(int codePoint) => $"U+{codePoint:X4}";

    /// <summary>Each distinct rune of <paramref name="text"/> with its index, in order.</summary>
    public static IEnumerable<(int Index, Rune Rune)> Runes(string text)
    {
        var seen = new HashSet<int>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (seen.Add(rune.Value)) yield return (index, rune);
            index += rune.Utf16SequenceLength;
        }
    }
}
