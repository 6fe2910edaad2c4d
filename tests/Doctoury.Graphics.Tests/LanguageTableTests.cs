using Doctoury.Graphics.Assets;
using System.Text.Json;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The hand-written language tables against ICU: plural categories, list patterns and default
/// digits as ICU 78.2 (CLDR 48) gives them, kept in <c>Fixtures/Cldr48.json</c> by
/// <c>Fixtures/cldr48.mjs</c> so the check runs on any machine; <see cref="SystemIcuTests"/> asks the
/// machine's own ICU as well.
/// </summary>
public sealed class LanguageTableTests
{
    private static readonly JsonElement Cldr = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "Doctoury.Graphics.Tests", "Fixtures", "Cldr48.json"))).RootElement;

    private static readonly long[] Counts = [.. Cldr.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64())];

    internal static char Letter(PluralCategory category) => "zotfmx"[(int)category];

    public static IEnumerable<object[]> PluralTags() => Cldr.GetProperty("plurals").EnumerateObject().Select(p => new object[] { p.Name });

    [Theory]
    [MemberData(nameof(PluralTags))]
    public void Plural_rule_gives_the_CLDR_category_for_every_sample_count(string tag)
    {
        var expected = Cldr.GetProperty("plurals").GetProperty(tag).GetString()!;
        var rule = LanguageTable.For(tag).Plural;
        var actual = string.Concat(Counts.Select(n => Letter(rule(n))));
        var wrong = Counts.Where((n, i) => actual[i] != expected[i]).Select(n => $"{n}: {rule(n)}").ToList();
        Assert.True(wrong.Count == 0, $"{tag} differs from CLDR {Cldr.GetProperty("cldr")} at " + string.Join(", ", wrong));
    }

    public static IEnumerable<object[]> ListTags() => Cldr.GetProperty("lists").EnumerateArray().Select(l => new object[] { l.GetProperty("tag").GetString()! });

    [Theory]
    [MemberData(nameof(ListTags))]
    public void List_pattern_joins_items_as_CLDR_does(string tag)
    {
        var cases = Cldr.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("tag").GetString() == tag).GetProperty("cases");
        var language = LanguageTable.For(tag);
        foreach (var example in cases.EnumerateArray())
        {
            var items = example.GetProperty("items").EnumerateArray().Select(i => i.GetString()!).ToList();
            Assert.Equal(example.GetProperty("list").GetString(), language.ListOf(items));
        }
    }

    [Fact]
    public void Spanish_also_turns_y_into_e_before_an_accented_i_as_the_RAE_asks()
    {
        // ICU's rule misses "í"; the Real Academia's does not: "e hígado", "e íleo".
        Assert.Equal("Riñón e hígado", LanguageTable.For("es").ListOf(["Riñón", "hígado"]));
        Assert.Equal("Colon e íleo", LanguageTable.For("es").ListOf(["Colon", "íleo"]));
    }

    public static IEnumerable<object[]> DigitTags() => Cldr.GetProperty("digits").EnumerateObject().Select(p => new object[] { p.Name, p.Value.GetString()! });

    [Theory]
    [MemberData(nameof(DigitTags))]
    public void Digits_follow_CLDR_48_and_the_u_nu_extension(string tag, string numberingSystem)
    {
        if (!LanguageTable.HasTable(tag)) return; // "fa" is in the data to show arabext; it has no table yet
        Assert.Equal(numberingSystem, LanguageTable.For(tag).Digits.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Arabic_Indic_digits_replace_each_digit_and_keep_the_order()
    {
        Assert.Equal("١٢", LanguageTable.For("ar-SA").Number(12));
        Assert.Equal("۱۲", LanguageTable.For("ar-u-nu-arabext").Number(12));
        Assert.Equal("12", LanguageTable.For("ar").Number(12));
        Assert.Equal("الخطوة ٣ من ٤", LanguageTable.For("ar-EG").StepOf(3, 4));
        Assert.Equal("Step 3 of 4", LanguageTable.For("en").StepOf(3, 4));
    }

    [Theory]
    [InlineData("en", "en", null, null)]
    [InlineData("es-MX", "es", "MX", null)]
    [InlineData("ar-SA-u-nu-latn", "ar", "SA", "latn")]
    [InlineData("sr-Latn-RS", "sr", "RS", null)]
    [InlineData("de-CH-1996-x-nu-arab", "de", "CH", null)]
    [InlineData("ar-u-ca-islamic-nu-arab", "ar", null, "arab")]
    [InlineData("EN-gb", "en", "GB", null)]
    [InlineData("es-419", "es", "419", null)]
    public void A_tag_gives_its_language_region_and_numbering_system(string tag, string language, string? region, string? numbers)
    {
        Assert.Equal(new LanguageTag(language, region, numbers), LanguageTag.Parse(tag));
    }

    [Fact]
    public void Every_language_file_is_in_the_table_with_the_direction_and_fonts_its_script_needs()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "src", "Doctoury.Graphics", "Localization", "Languages"), "*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, LanguageTable.All.Select(p => p.Tag).Order(StringComparer.Ordinal));
        string[] required = ["en", "es", "fr", "de", "pt", "it", "pl", "ar", "he", "ru", "tr"];
        Assert.Empty(required.Except(Infographic.GeneratedTextLanguages));
        foreach (var profile in LanguageTable.All)
        {
            Assert.Equal(profile.Tag is "ar" or "he" ? TextDirection.Rtl : TextDirection.Ltr, profile.Direction);
            Assert.Equal(FontFamily.Latin, profile.FontChain.Families[0]); // digits and punctuation come from the Latin face, as in the browser
            Assert.Equal(4, profile.FontChain.Families.Distinct().Count()); // every family, so coverage never depends on the language
        }
        Assert.Equal(FontFamily.Arabic, LanguageTable.For("ar").FontChain.Families[1]);
        Assert.Equal(FontFamily.Hebrew, LanguageTable.For("he").FontChain.Families[1]);
        Assert.Equal(FontFamily.NotoSans, LanguageTable.For("ru").FontChain.Families[1]);
        // Languages with no table of ours whose letters Atkinson lacks in part set every letter in Noto Sans.
        Assert.Equal(FontChain.NotoFirst, FontChain.For("vi"));
        Assert.Equal(FontChain.NotoFirst, FontChain.For("el-GR"));
        Assert.Equal(FontChain.Default, FontChain.For("sv"));
    }

    public static IEnumerable<object[]> Tags() => LanguageTable.All.Select(p => new object[] { p.Tag });

    [Theory]
    [MemberData(nameof(Tags))]
    public void A_message_that_varies_with_a_count_has_a_form_for_every_category_the_language_uses(string tag)
    {
        var language = LanguageTable.For(tag);
        var used = Counts.Select(language.Plural).Distinct().Where(c => c != PluralCategory.Other).ToList();
        foreach (var (name, message, _) in language.Words.Messages())
        {
            var varies = Enum.GetValues<PluralCategory>().Any(c => c != PluralCategory.Other && message.Given(c) is not null);
            if (!varies) continue;
            foreach (var category in used) Assert.True(message.Given(category) is not null, $"{tag}.{name} has no '{category}' form");
        }
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void Every_form_of_every_message_fills_its_placeholders_and_no_others(string tag)
    {
        var words = LanguageTable.For(tag).Words;
        string[] allowed = ["n", "total", "title", "steps", "first", "last", "panels"];
        foreach (var (name, message, needed) in words.Messages())
        {
            foreach (var form in Enum.GetValues<PluralCategory>().Select(message.Given).OfType<string>())
            {
                var names = Message.Placeholders(form).ToList();
                Assert.Empty(names.Except(allowed));
                // A form may leave out the count ("خطوتان", "שלב אחד") and, for one step, the last title; never the rest.
                foreach (var placeholder in needed.Except(["n"]).Where(p => !(p == "last" && form == message.One))) Assert.True(names.Contains(placeholder), $"{tag}.{name}: '{form}' lacks {{{placeholder}}}");
            }
        }
        Assert.False(string.IsNullOrWhiteSpace(words.Duration + words.FullDescription + words.DescribedBelow));
        Assert.EndsWith(" ", words.Colon);
    }

    [Fact]
    public void Plural_forms_fix_one_panel_and_one_step()
    {
        var en = LanguageTable.For("en");
        Assert.Equal("Below the steps, 1 panel lists Benefits.", en.Say(en.Words.PanelsList, 1, ("panels", "Benefits")));
        Assert.Equal("Below the steps, 2 panels list Benefits and Risks.", en.Say(en.Words.PanelsList, 2, ("panels", en.ListOf(["Benefits", "Risks"]))));
        var es = LanguageTable.For("es");
        Assert.Equal("Debajo de los pasos, 1 panel trata Beneficios.", es.Say(es.Words.PanelsList, 1, ("panels", "Beneficios")));
        var pl = LanguageTable.For("pl");
        Assert.Equal(["2 kroki", "5 kroków", "22 kroki", "12 kroków"], new[] { 2, 5, 22, 12 }.Select(n => pl.Say(pl.Words.AltCount, n, ("title", "")).Split(", ")[1].TrimEnd('.')));
        var ar = LanguageTable.For("ar");
        Assert.Equal(["خطوتان", "3 خطوات", "11 خطوةً"], new[] { 2, 3, 11 }.Select(n => ar.Say(ar.Words.AltCount, n, ("title", "")).Split("، ")[1].TrimEnd('.')));
    }

    [Fact]
    public void An_authors_braces_are_never_read_as_a_placeholder()
    {
        var en = LanguageTable.For("en");
        Assert.Equal("Process diagram: Dose {n} of {total}, 2 steps.", en.Say(en.Words.AltCount, 2, ("title", "Dose {n} of {total}")));
        Assert.Equal("{0}, {1}, and C", en.ListOf(["{0}", "{1}", "C"]));
    }
}
