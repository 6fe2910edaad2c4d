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
            var rtlSpecs = HarnessPages.Specs.Where(s => Localization.LanguageTable.For(Infographic.Load(s).Language).Direction == Localization.TextDirection.Rtl).ToList();
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

                    // Every line is set right to left, and its first letter stands at the right edge the layout gave
                    // the line (glyph boxes are no measure: an Arabic stroke can overhang its advance by a pixel).
                    var starts = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('tspan[x]')].map(t => t.getStartPositionOfChar(0).x)");
                    var expected = scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines).ToList();
                    Assert.Equal(expected.Count, starts.Length);
                    for (var i = 0; i < expected.Count; i++)
                    {
                        var line = expected[i];
                        Assert.True(line.Rtl, $"'{line.Text}' is set right to left");
                        if (Text.Bidi.ClassOf(char.ConvertToUtf32(line.Text, 0)) is not (Text.BidiClass.R or Text.BidiClass.AL)) continue;
                        Assert.True(Math.Abs(starts[i] - line.Right) <= 0.5, $"{infographic.Id} {orientation}: '{line.Text}' starts at {starts[i]:0.##} in Chromium, not at its right edge {line.Right:0.##}");
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
            output.WriteLine($"{lines} right-to-left lines start at their right edge in Chromium, in {rtlSpecs.Count} specs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
