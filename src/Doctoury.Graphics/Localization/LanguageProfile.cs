using System.Collections.Immutable;

namespace Doctoury.Graphics.Localization;

/// <summary>
/// What the library needs to know to write for one language, keyed by its BCP 47 primary subtag
/// (one file per language under <c>Languages/</c>): the generated words, the CLDR plural rule for
/// whole numbers, the list pattern, the digits, the direction, and the bundled font faces to try
/// in order. Regions that CLDR treats differently (Saudi Arabic digits, British lists) are a
/// function of the region. See docs/languages.md for how to add one.
/// </summary>
/// <param name="Tag">The primary language subtag, lowercase: "en", "ar".</param>
/// <param name="Name">The language's name in English, for messages: "Arabic".</param>
/// <param name="Direction">The base direction of the language's text.</param>
/// <param name="Digits">The digits of generated numbers, by CLDR's default numbering system for the language.</param>
/// <param name="Plural">The CLDR plural rule for a whole number (the integer part of plurals.xml's rules: v = 0).</param>
/// <param name="List">The CLDR list pattern ("A, B and C").</param>
/// <param name="Words">The generated words.</param>
/// <param name="FontChain">The bundled families the language's text tries first, in order (<see cref="Assets.FontChain"/>).</param>
internal sealed record LanguageProfile(
    string Tag,
    string Name,
    TextDirection Direction,
    Digits Digits,
    Assets.FontChain FontChain,
    Func<long, PluralCategory> Plural,
    ListPattern List,
    Words Words)
{
    /// <summary>The profile for a region (an uppercase ISO 3166 code or UN M.49 number) where CLDR differs from the language's default.</summary>
    public Func<LanguageProfile, string, LanguageProfile>? Region { get; init; }

    /// <summary><paramref name="number"/> in this language's digits.</summary>
    public string Number(long number) => DigitShapes.Format(number, Digits);

    /// <summary>The form of <paramref name="message"/> for <paramref name="count"/>, filled: <c>{n}</c> is the count in this language's digits.</summary>
    public string Say(Plural message, long count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var filled = new (string, string)[values.Length + 1];
        filled[0] = ("n", Number(count));
        values.CopyTo(filled.AsSpan(1));
        return Message.Fill(message.For(Plural(count)), filled);
    }

    /// <summary>"Step 2 of 4".</summary>
    public string StepOf(int number, int total) => Message.Fill(Words.StepOf, ("n", Number(number)), ("total", Number(total)));

    /// <summary>"Step 2 of 4: Modification", the name a step's group carries.</summary>
    public string StepLabel(int number, int total, string title) => StepOf(number, total) + Words.Colon + title;

    /// <summary>"A, B and C" as this language writes it.</summary>
    public string ListOf(IReadOnlyList<string> items) => List.Format(items);
}
