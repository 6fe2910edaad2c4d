using System.Globalization;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Lengths as a reader counts them: grapheme clusters, so a letter with its vowel marks (Arabic
/// harakat, Hebrew niqqud) or accents is one character, and a fully vowelled title is held to the
/// same limits as the same words without marks.
/// </summary>
internal static class Graphemes
{
    public static int Count(string text) => new StringInfo(text).LengthInTextElements;
}
