using System.Text.RegularExpressions;
using System.Xml.Linq;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary><c>icons --html</c>: one page that draws every bundled icon, searchable by the words <c>icons &lt;words&gt;</c> uses.</summary>
public sealed class IconGalleryTests
{
    private static readonly Lazy<string> Whole = new(IconGallery.Page);

    [Fact]
    public void The_page_shows_every_icon_once_with_its_name_and_stays_small()
    {
        var page = Whole.Value;
        var names = Regex.Matches(page, "<span class=\"vh\">Copy </span><span>([^<]+)</span>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(Bundled.Icons.Select(i => i.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Contains("intravenous-drip", names);
        Assert.Contains("home", names);
        Assert.Contains("also 2x-outline", page); // aliases are named beside the icon they draw
        // Each icon is drawn once, as a symbol, and shown with <use>.
        Assert.Equal(names.Count, Regex.Count(page, "<symbol "));
        Assert.Equal(names.Count, Regex.Count(page, "<use href=\"#i\\d+\"/>"));
        Assert.InRange(page.Length, 1_000_000, 3 * 1024 * 1024); // measured: 3.06 MB (0.68 MB gzipped) for 2709 icons
    }

    [Fact]
    public void The_page_asks_nothing_from_elsewhere()
    {
        var page = Whole.Value;
        Assert.DoesNotContain("http:", page);
        Assert.DoesNotContain("https:", page);
        Assert.DoesNotContain("//", Regex.Replace(page, "<script>.*?</script>", "", RegexOptions.Singleline));
        Assert.DoesNotContain("src=", page);
        Assert.DoesNotContain("@import", page);
        Assert.DoesNotContain("url(", page);
        Assert.DoesNotContain("<link", page);
        Assert.Single(Regex.Matches(page, "<script>"));
    }

    [Fact]
    public void The_page_is_labelled_and_grouped_for_every_reader()
    {
        var page = Whole.Value;
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Matches("<title>[^<]+</title>", page);
        Assert.Contains("<label for=\"q\">", page);
        Assert.Contains("<input id=\"q\" type=\"search\"", page);
        Assert.Contains("role=\"status\">2709 of 2709 icons shown<", page.Replace(Bundled.Icons.Count + " of " + Bundled.Icons.Count, "2709 of 2709"));
        Assert.Contains(":focus-visible{outline:3px solid", page);
        // A heading per group, the categories Health Icons publishes, and "Other" last.
        var headings = Regex.Matches(page, "<h2 id=\"[^\"]+\">([^<]+) <span").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Body", headings);
        Assert.Contains("Devices", headings);
        Assert.Equal("Other", headings[^1]);
        Assert.Equal(headings.Count, headings.Distinct().Count());
        // The picture is decorative; the button is named "Copy <name>" by its text.
        Assert.Contains("<button><svg aria-hidden=\"true\"><use href=\"#", page);
        Assert.Matches("<span class=\"vh\">Copy </span><span>heart-organ</span></button>", page);
    }

    [Fact]
    public void Icons_without_a_description_join_their_family_or_Other()
    {
        var groups = IconGallery.Groups(Bundled.Icons).ToDictionary(g => g.Title, g => g.Icons.Select(i => i.Name).ToList());
        var drip = groups.Single(g => g.Value.Contains("intravenous-drip")).Key;
        Assert.Equal(groups.Single(g => g.Value.Contains("intravenous-bag")).Key, drip); // described only through its family
        Assert.Contains("cpap-machine", groups["Other"]);
        Assert.Equal(Bundled.Icons.Count, groups.Values.Sum(g => g.Count));
    }

    [Theory]
    [InlineData("house")]
    [InlineData("iv")]
    [InlineData("hospital bed")]
    [InlineData("blood test")]
    [InlineData("hea")]
    [InlineData("people")]
    [InlineData("clock")]
    [InlineData("recovery")]
    public void The_search_words_find_what_icons_finds_and_those_icons_variants(string query)
    {
        var aliases = Bundled.Icons.SelectMany(i => i.Aliases.Select(a => (Alias: a, i.Name))).ToDictionary(p => p.Alias, p => p.Name);
        var found = Bundled.FindIcons(query).Select(f => aliases.GetValueOrDefault(f.Name, f.Name)).ToHashSet(); // an alias is shown on its icon's card
        Assert.NotEmpty(found);
        var matching = IconGallery.Matching(query).Select(i => i.Name).ToList();
        Assert.Superset(found, matching.ToHashSet());
        // Everything else the page shows is a variant of something icons finds.
        Assert.All(matching.Where(n => !found.Contains(n)), n => Assert.Contains(found, f => n.StartsWith(f + "-", StringComparison.Ordinal)));

        // The data the page's script filters by holds those words.
        var home = Regex.Match(Whole.Value, "<li data-w=\"([^\"]*)\"(?: data-x=\"([^\"]*)\")?><button><svg aria-hidden=\"true\"><use href=\"#i\\d+\"/></svg><span class=\"vh\">Copy </span><span>home</span>");
        Assert.True(home.Success);
        Assert.Contains("house", home.Groups[1].Value.Split(' '));
    }

    [Fact]
    public void Rounded_paths_draw_the_same_shapes()
    {
        // Arc flags written together ("011") stay flags; a near half circle keeps its radii and chord.
        Assert.Equal("M1.23 4.57a1 1 0 0 1 1 1 .5.5 0 1 0 1.5-.5c0 .33-.1-.1 0 0Z",
            PathPrecision.Round("M1.234 4.5678a1 1 0 011 1 .5 .5 0 1 0 1.5 -.5c0 .333-.1-.1 0 0Z"));
        Assert.Equal("M0 0 #1", PathPrecision.Round("M0 0 #1")); // data it cannot read is left as it is
        var page = XDocument.Parse("<r>" + Regex.Match(Whole.Value, "<svg class=\"sprite\"[^>]*>(.*?)</svg>\n", RegexOptions.Singleline).Groups[1].Value + "</r>");
        var symbols = page.Root!.Elements("symbol").ToList();
        var groups = IconGallery.Groups(Bundled.Icons).SelectMany(g => g.Icons).ToList();
        Assert.Equal(groups.Count, symbols.Count);
        for (var i = 0; i < symbols.Count; i++)
        {
            var original = XElement.Parse(Bundled.IconSvg(groups[i].Name)).Elements().Select(e => e.Attribute("d")!.Value).ToList();
            var rounded = symbols[i].Elements().Select(e => e.Attribute("d")!.Value).ToList();
            Assert.Equal(original.Count, rounded.Count);
            for (var p = 0; p < original.Count; p++)
            {
                using var a = SKPath.ParseSvgPathData(original[p]);
                using var b = SKPath.ParseSvgPathData(rounded[p]);
                Assert.True(a.PointCount > 0 && b.PointCount > 0); // counts may differ by a segment rounded to nothing
                var (x, y) = (a.TightBounds, b.TightBounds); // the drawn extent; conic control points of arcs move more
                // An arc whose chord is its diameter bulges a little more or less when its end moves by a
                // hundredth, so the budget is 0.15 units (0.15 px at 48 px): a misread flag or drift is far more.
                const float Budget = 0.15f;
                Assert.True(Math.Abs(x.Left - y.Left) < Budget && Math.Abs(x.Top - y.Top) < Budget && Math.Abs(x.Right - y.Right) < Budget && Math.Abs(x.Bottom - y.Bottom) < Budget,
                    $"{groups[i].Name} path {p}: {x} became {y}");
            }
        }
    }

    [Fact]
    public void The_library_gives_each_icon_as_svg_in_current_colour()
    {
        var svg = XElement.Parse(Bundled.IconSvg("home"));
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("0 0 48 48", svg.Attribute("viewBox")!.Value);
        Assert.Equal("currentColor", svg.Attribute("fill")!.Value);
        Assert.NotEmpty(svg.Elements());
        Assert.Equal(Bundled.IconSvg("blood-transfusion-outline"), Bundled.IconSvg("blood-transfusion2x-outline")); // an alias draws its icon
        Assert.Throws<ArgumentException>(() => Bundled.IconSvg("no-such-icon"));
    }

    [Fact]
    public void Icons_html_writes_the_page_or_only_the_matches_and_nothing_on_failure()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "icons.html");
        var (code, stdout, stderr) = Support.Cli.Run("icons", "--html", page);
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains($"{Bundled.Icons.Count} icons in", stdout);
        Assert.Equal(Whole.Value, File.ReadAllText(page));

        var heart = Path.Combine(folder.Path, "heart.html");
        Assert.Equal(0, Support.Cli.Run("icons", "--html", heart, "heart").Code);
        var text = File.ReadAllText(heart);
        Assert.Contains("<span>heart-organ</span>", text);
        Assert.Contains("<span>heart-organ-outline</span>", text);
        Assert.DoesNotContain("<span>home</span>", text);
        Assert.True(text.Length < 200_000, text.Length.ToString());

        var none = Support.Cli.Run("icons", "--html", Path.Combine(folder.Path, "none.html"), "no-such-icon-anywhere");
        Assert.Equal(1, none.Code);
        Assert.Contains("nothing was written", none.Stderr);

        var missing = Support.Cli.Run("icons", "--html", Path.Combine(folder.Path, "no-folder", "icons.html"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("does not exist", missing.Stderr);

        Assert.Equal(2, Support.Cli.Run("icons", "--html").Code);
        Assert.Equal(2, Support.Cli.Run("icons", "--html", "--force").Code);
        Assert.Equal(1, Support.Cli.Run("icons", "--html", folder.Path).Code); // a folder, not a file

        Assert.Equal(["heart.html", "icons.html"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
        Assert.Contains("icons --html <file>", Support.Cli.Run("icons", "--help").Stdout);
        Assert.Contains("icons --html <file>", Support.Cli.Run("--help").Stdout);
    }
}
