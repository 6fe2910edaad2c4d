namespace Doctoury.Graphics.Localization;

/// <summary>
/// The digit shapes of generated numbers (step badges, "Step n of N", counts), by their CLDR /
/// BCP 47 numbering-system names (the <c>-u-nu-</c> values). Numbers keep their most significant
/// digit first in every script; only the shapes change. Authors' own text is never touched.
/// </summary>
internal enum Digits
{
    /// <summary><c>latn</c>: 0123456789.</summary>
    Latn,

    /// <summary><c>arab</c>: Arabic-Indic ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669).</summary>
    Arab,

    /// <summary><c>arabext</c>: Extended Arabic-Indic ۰۱۲۳۴۵۶۷۸۹ (U+06F0–U+06F9), as in Persian and Urdu.</summary>
    ArabExt,
}

internal static class DigitShapes
{
    /// <summary>The BCP 47 <c>-u-nu-</c> names this library honours.</summary>
    public static Digits? FromName(string name) => name.ToLowerInvariant() switch
    {
        "latn" => Digits.Latn,
        "arab" => Digits.Arab,
        "arabext" => Digits.ArabExt,
        _ => null,
    };

    /// <summary><paramref name="number"/> written in <paramref name="digits"/>, with no grouping separators.</summary>
    public static string Format(long number, Digits digits)
    {
        var latin = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (digits == Digits.Latn) return latin;
        var zero = digits == Digits.Arab ? '\u0660' : '\u06F0';
        return string.Create(latin.Length, (latin, zero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.latin[i];
                span[i] = c is >= '0' and <= '9' ? (char)(state.zero + (c - '0')) : c;
            }
        });
    }
}
