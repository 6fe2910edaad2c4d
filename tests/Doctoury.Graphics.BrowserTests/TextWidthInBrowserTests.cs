using Doctoury.Graphics.Scene;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// The PNG and the browser set text alike: each run of every SVG, as Chromium lays it out with the
/// embedded fonts, is as wide as the layout measured it (shaped, kerning included) to ±0.25 px.
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
                    var runs = infographic.Scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines.SelectMany(l => l.Runs)).ToList();
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
}
