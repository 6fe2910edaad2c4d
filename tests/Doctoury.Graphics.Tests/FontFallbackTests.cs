using System.Text;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

/// <summary>Font fallback by grapheme cluster, as a browser falls back through a CSS font-family list.</summary>
public sealed class FontFallbackTests
{
    [Fact]
    public void Cyrillic_letters_come_from_noto_sans_and_spaces_digits_and_latin_from_atkinson()
    {
        const string text = "Анализ 10 mg, ЖКТ";
        var items = Shaper.Itemize(text, FontChain.Default).Select(i => (text.Substring(i.Start, i.Length), i.Family)).ToList();
        Assert.Equal(
            [("Анализ", FontFamily.NotoSans), (" 10 mg, ", FontFamily.Latin), ("ЖКТ", FontFamily.NotoSans)],
            items);
        var shaped = Shaper.Shape(text, bold: true);
        Assert.Equal(text.Length, shaped.Glyphs.Length);
        Assert.All(shaped.Glyphs, g => Assert.NotEqual(0, g)); // no empty boxes
        Assert.Equal(3, shaped.Segments().Count());
    }

    [Fact]
    public void Greek_cyrillic_arabic_and_hebrew_are_drawn_and_thai_is_not()
    {
        Assert.True(GlyphCoverage.CanDraw(new Rune('Ω')));
        Assert.True(GlyphCoverage.CanDraw(new Rune('ї'))); // Ukrainian
        Assert.Equal(FontFamily.Latin, GlyphCoverage.FamilyOf(new Rune('é'), FontChain.Default));
        Assert.Equal(FontFamily.Arabic, GlyphCoverage.FamilyOf(new Rune('ل'), FontChain.Default));
        Assert.Equal(FontFamily.Arabic, GlyphCoverage.FamilyOf(new Rune('پ'), FontChain.Default)); // Persian
        Assert.Equal(FontFamily.Arabic, GlyphCoverage.FamilyOf(new Rune('ے'), FontChain.Default)); // Urdu
        Assert.Equal(FontFamily.Hebrew, GlyphCoverage.FamilyOf(new Rune('ש'), FontChain.Default));
        Assert.Equal(FontFamily.Latin, GlyphCoverage.FamilyOf(new Rune('5'), FontChain.Default)); // digits stay in the Latin face, in every script
        Assert.False(GlyphCoverage.CanDraw(new Rune('พ')));
    }

    [Fact]
    public void Vietnamese_and_greek_set_every_letter_in_noto_sans_and_other_languages_keep_atkinson()
    {
        // In the default chain a Vietnamese word would mix faces: "Vi", "t" from Atkinson, "ệ" from Noto.
        Assert.Equal([FontFamily.Latin, FontFamily.NotoSans, FontFamily.Latin], Shaper.Itemize("Việt", FontChain.Default).Select(i => i.Family));
        Assert.Equal([FontFamily.NotoSans], Shaper.Itemize("Việt Nam 10 mg", FontChain.NotoFirst).Select(i => i.Family));
        Assert.Equal([FontFamily.NotoSans], Shaper.Itemize("Αιματολογική εξέταση μ", FontChain.NotoFirst).Select(i => i.Family));
        // Turkish İ and Slovak ĺ, which Atkinson lacks, are drawn.
        Assert.True(GlyphCoverage.CanDraw(new Rune('İ')));
        Assert.True(GlyphCoverage.CanDraw(new Rune('ĺ')));
        var vietnamese = Infographic.FromYaml(File.ReadAllText(Path.Combine(Support.Repo.Specs, "two-steps.yaml")).Replace("lang: en", "lang: vi") + "\n");
        Assert.Contains("text{font-family:\"Doctoury Noto Sans\"", vietnamese.RenderSvg());
    }

    [Fact]
    public void A_latin_svg_embeds_only_the_latin_faces_and_a_russian_one_adds_noto_sans_after_them()
    {
        var english = Infographic.Load(Path.Combine(Support.Repo.Specs, "two-steps.yaml")).RenderSvg();
        Assert.DoesNotContain("Noto", english);
        var russian = Infographic.Load(Path.Combine(Support.Repo.Specs, "analiz-krovi.yaml")).RenderSvg();
        Assert.Contains("text{font-family:\"Atkinson Hyperlegible\",\"Doctoury Noto Sans\",sans-serif}", russian);
        Assert.Equal(4, russian.Split("@font-face").Length - 1);
    }
}
