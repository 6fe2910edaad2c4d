using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>SVGs made with <c>followColorScheme</c> repaint in the dark palette when Chromium prefers dark, inline and through &lt;img&gt;.</summary>
public sealed class ColorSchemeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Dark => "rgb(14, 22, 32)";   // #0E1620, the dark theme's page
    private static string Light => "rgb(255, 255, 255)";

    [ChromiumFact]
    public async Task Inline_svgs_follow_the_readers_preference_and_stay_clean_for_axe()
    {
        var page = await browser.Open("color-scheme");
        foreach (var (scheme, expected) in new[] { (ColorScheme.Light, Light), (ColorScheme.Dark, Dark) })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var fills = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg > rect[id$=\"-background\"]')].map(r => getComputedStyle(r).fill)");
            Assert.Equal(HarnessPages.Specs.Count, fills.Length);
            Assert.All(fills, f => Assert.Equal(expected, f));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
            Assert.Empty(result.Violations.Select(v => $"{scheme}: {v.Id}: {v.Help}"));
        }
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_svg_through_img_follows_it_too()
    {
        var page = await browser.Open("color-scheme");
        async Task<int[]> Corner()
        {
            // A screenshot of the <img> (file:// would taint a canvas); its corner is the SVG's own page colour.
            var shot = await page.Locator("main > img").ScreenshotAsync();
            using var bitmap = SkiaSharp.SKBitmap.Decode(shot);
            var pixel = bitmap.GetPixel(5, 5);
            return [pixel.Red, pixel.Green, pixel.Blue];
        }
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        var light = await Corner();
        Assert.Equal(new[] { 255, 255, 255 }, light);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await page.ReloadAsync();
        var dark = await Corner();
        Assert.Equal(new[] { 14, 22, 32 }, dark);
        await page.CloseAsync();
    }
}
