namespace Doctoury.Graphics.Localization;

/// <summary>
/// The parts of a BCP 47 tag (RFC 5646) the generated text depends on: the primary language, the
/// region and a <c>-u-nu-</c> numbering system (RFC 6067). Script, variants and other extensions
/// are skipped; private use (<c>-x-</c>) ends the tag.
/// </summary>
internal sealed record LanguageTag(string Language, string? Region, string? Numbers)
{
    public static LanguageTag Parse(string tag)
    {
        var parts = tag.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var language = parts.Length > 0 ? parts[0].ToLowerInvariant() : "";
        string? region = null, numbers = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 1)
            {
                if (part is "x" or "X") break;
                if (part is "u" or "U")
                {
                    // Unicode extension: keys of two characters, each followed by its type subtags.
                    for (i++; i < parts.Length && parts[i].Length > 1; i++)
                    {
                        if (parts[i].Length == 2 && parts[i].Equals("nu", StringComparison.OrdinalIgnoreCase) && i + 1 < parts.Length && parts[i + 1].Length > 2)
                        {
                            numbers = parts[++i].ToLowerInvariant();
                        }
                    }
                    i--;
                    continue;
                }
                // Another extension: skip its subtags.
                while (i + 1 < parts.Length && parts[i + 1].Length > 1) i++;
                continue;
            }
            if (region is null && i <= 3 && (part.Length == 2 && part.All(char.IsAsciiLetter) || part.Length == 3 && part.All(char.IsAsciiDigit)))
            {
                region = part.ToUpperInvariant();
            }
        }
        return new LanguageTag(language, region, numbers);
    }
}
