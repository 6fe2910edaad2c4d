using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>English: CLDR "en" (American usage, with the serial comma); the regions CLDR gives British-style lists ("A, B and C", en-001) override the list.</summary>
internal static class English
{
    private static readonly ListPattern Serial = new("{0} and {1}", "{0}, {1}", "{0}, {1}", "{0}, and {1}");
    private static readonly ListPattern NoSerialComma = new("{0}, {1}", "{0} and {1}");

    // The regions whose CLDR 48 English inherits from en-001 (checked with ICU 78.2's Intl.ListFormat).
    private static readonly HashSet<string> En001 =
    [
        .. "AG AI AT AU BB BE BM BS BW BZ CA CC CH CK CM CX CY CZ DE DG DK DM EE ER ES FI FJ FK FM FR GB GD GE GG GH GI GM GS GY HK HU ID IE IL IM IN IO IT JE JM KE KI KN KY LC LR LS LT LV MG MO MS MT MU MV MW MY NA NF NG NL NO NR NU NZ PG PK PL PN PT PW RO RW SB SC SD SE SG SH SI SK SL SS SX SZ TC TK TO TT TV TZ UA UG VC VG VU WS ZA ZM ZW 001 150".Split(' '),
    ];

    public static readonly LanguageProfile Profile = new(
        Tag: "en",
        Name: "English",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: i = 1 and v = 0
        Plural: n => n == 1 ? PluralCategory.One : PluralCategory.Other,
        List: Serial,
        Words: new Words(
            AltList: new("Process diagram: {title}, {n} steps: {steps}.") { One = "Process diagram: {title}, {n} step: {steps}." },
            AltFromTo: new("Process diagram: {title}, {n} steps from {first} to {last}.") { One = "Process diagram: {title}, {n} step from {first} to {last}." },
            AltCount: new("Process diagram: {title}, {n} steps.") { One = "Process diagram: {title}, {n} step." },
            Overview: new("This process diagram shows {title} in {n} numbered steps, read in order.") { One = "This process diagram shows {title} in {n} numbered step." },
            StartsEnds: "It starts with {first} and ends with {last}.",
            PanelsList: new("Below the steps, {n} panels list {panels}.") { One = "Below the steps, {n} panel lists {panels}." },
            StepOf: "Step {n} of {total}",
            Colon: ": ",
            Duration: "Duration",
            FullDescription: "Full description",
            DescribedBelow: "Full description below."))
    {
        Region = (profile, region) => En001.Contains(region) ? profile with { List = NoSerialComma } : profile,
    };
}
