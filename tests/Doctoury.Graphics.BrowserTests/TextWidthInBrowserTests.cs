using Doctoury.Graphics.Scene;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// The PNG and the browser set text alike: each run of every SVG, as Chromium lays it out with the
/// embedded fonts, is as wide as the layout measured it (shaped, kerning included) to ±0.25 px;
/// right-to-left lines stand where the layout put them and read from the right.
/// </summary>
public sealed class TextWidthInBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const double Tolerance = 0.25;

    [ChromiumFact]
    public async Task Every_run_is_as_wide_in_chromium_as_in_the_layout()
    {
        var folder = Directory.CreateTempSubdirectory("dg-widths-").FullName;
        try
        {
            var worst = 0.0;
            var count = 0;
            foreach (var spec in HarnessPages.Specs)
            {
                foreach (var orientation in new[] { Orientation.Horizontal, Orientation.Vertical })
                {
                    var infographic = Infographic.Load(spec).WithOrientation(orientation);
                    // A plain left-to-right line is one tspan per run; a line that needs bidi is one tspan, as wide as its runs together.
                    var runs = infographic.Scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines.SelectMany(l => l.Logical is null
                        ? l.Runs.Select(r => (r.Text, r.Width))
                        : [(l.Text, l.Runs.Sum(r => r.Width))])).ToList();
                    var file = Path.Combine(folder, $"{infographic.Id}-{orientation}.svg");
                    File.WriteAllText(file, infographic.RenderSvg());
                    var page = await browser.OpenUrl(new Uri(file).AbsoluteUri);
                    var widths = await page.EvaluateAsync<double[]>("async () => { await document.fonts.ready; return [...document.querySelectorAll('tspan[x]')].map(t => t.getComputedTextLength()); }");
                    await page.CloseAsync();
                    Assert.Equal(runs.Count, widths.Length);
                    for (var i = 0; i < runs.Count; i++)
                    {
                        var difference = Math.Abs(widths[i] - runs[i].Width);
                        worst = Math.Max(worst, difference);
                        Assert.True(difference <= Tolerance, $"{Path.GetFileName(spec)} {orientation}: '{runs[i].Text}' is {widths[i]:0.###} px in Chromium, {runs[i].Width:0.###} px in the layout");
                    }
                    count += runs.Count;
                }
            }
            output.WriteLine($"{count} runs compared; the largest difference is {worst:0.###} px");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [ChromiumFact]
    public async Task Right_to_left_pictures_read_from_the_right_in_chromium()
    {
        var folder = Directory.CreateTempSubdirectory("dg-rtl-").FullName;
        try
        {
            var rtlSpecs = HarnessPages.Specs.Where(s => Localization.LanguageTable.For(Infographic.Load(s).Language).Direction == Localization.TextDirection.Rtl)
                .Append(Path.Combine(HarnessPages.RepoRoot(), "tests", "Doctoury.Graphics.BrowserTests", "Fixtures", "rtl-edges.yaml")).ToList();
            Assert.True(rtlSpecs.Count >= 2, "the Arabic and Hebrew proof specs are among the specs");
            var lines = 0;
            foreach (var spec in rtlSpecs)
            {
                foreach (var orientation in new[] { Orientation.Horizontal, Orientation.Vertical })
                {
                    var infographic = Infographic.Load(spec).WithOrientation(orientation);
                    var scene = infographic.Scene;
                    var file = Path.Combine(folder, $"{infographic.Id}-{orientation}.svg");
                    File.WriteAllText(file, infographic.RenderSvg());
                    var page = await browser.OpenUrl(new Uri(file).AbsoluteUri);
                    await page.EvaluateAsync("async () => { await document.fonts.ready; }");

                    // Every character stands, in Chromium, inside the run the layout put it in: the browser
                    // reordered each line as the PNG did (glyph boxes are no measure: an Arabic stroke can
                    // overhang its advance, so each character's start and end positions are used).
                    var chars = await page.EvaluateAsync<double[][][]>("() => [...document.querySelectorAll('tspan[x]')].map(t => [...Array(t.getNumberOfChars()).keys()].map(i => { const a = t.getStartPositionOfChar(i).x, b = t.getEndPositionOfChar(i).x; return [Math.min(a, b), Math.max(a, b)]; }))");
                    var expected = scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines).ToList();
                    Assert.Equal(expected.Count, chars.Length);
                    for (var i = 0; i < expected.Count; i++)
                    {
                        var line = expected[i];
                        Assert.True(line.Rtl, $"'{line.Text}' is set right to left");
                        Assert.Equal(line.Text.Length, chars[i].Length);
                        // Our visual order: runs left to right; inside a run, reading order, reversed when right to left.
                        var order = line.Runs.SelectMany(r => r.Rtl
                            ? Enumerable.Range(r.Start, r.Text.Length).Reverse().Select(c => (c, r))
                            : Enumerable.Range(r.Start, r.Text.Length).Select(c => (c, r)))
                            .Where(p => !char.IsWhiteSpace(line.Text[p.c]) && chars[i][p.c][1] - chars[i][p.c][0] >= 0.01) // marks and ligature parts have no advance of their own
                            .ToList();
                        for (var k = 0; k < order.Count; k++)
                        {
                            var (c, run) = order[k];
                            var (from, to) = (chars[i][c][0], chars[i][c][1]);
                            Assert.True(from >= run.X - 0.5 && to <= run.X + run.Width + 0.5,
                                $"{infographic.Id} {orientation}: '{line.Text[c]}' (character {c + 1} of '{line.Text}') is at {from:0.##}..{to:0.##} in Chromium, outside its run '{run.Text}' at {run.X:0.##}..{run.X + run.Width:0.##}");
                            if (k == 0) continue;
                            var before = order[k - 1].c;
                            Assert.True(chars[i][before][0] <= from + 0.5,
                                $"{infographic.Id} {orientation}: in '{line.Text}', Chromium draws '{line.Text[c]}' (character {c + 1}) left of '{line.Text[before]}' (character {before + 1}); the PNG draws it to the right");
                        }
                        lines++;
                    }

                    // Step 1 is the rightmost of the first row (topmost in the vertical cut); each step follows in reading order.
                    var ids = scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).Select(g => g.Id).ToArray();
                    var boxes = await page.EvaluateAsync<double[][]>("ids => ids.map(id => { const b = document.getElementById(id).getBBox(); return [b.x, b.y]; })", ids);
                    for (var i = 1; i < boxes.Length; i++)
                    {
                        var follows = orientation == Orientation.Vertical ? boxes[i][1] > boxes[i - 1][1] : boxes[i][0] < boxes[i - 1][0] || boxes[i][1] > boxes[i - 1][1];
                        Assert.True(follows, $"{infographic.Id} {orientation}: step {i + 1} does not follow step {i} from the right");
                    }
                    await page.CloseAsync();
                }
            }
            output.WriteLine($"{lines} right-to-left lines, each character where the layout put it in Chromium, in {rtlSpecs.Count} specs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
