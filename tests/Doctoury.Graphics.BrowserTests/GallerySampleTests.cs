using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Doctoury.Graphics.Samples;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>The static gallery sample, built from a real render folder and opened in Chromium, on a laptop and a phone.</summary>
public sealed class GallerySampleTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task The_gallery_shows_every_infographic_as_an_accessible_figure()
    {
        var folder = Directory.CreateTempSubdirectory("dg-gallery-").FullName;
        try
        {
            Assert.Equal(0, Cli.CommandLine.Run(["render", .. HarnessPages.Specs, "--out", folder], TextWriter.Null, TextWriter.Null));
            var page = await browser.OpenUrl(new Uri(GalleryPage.Write(folder)).AbsoluteUri);

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
            var expected = manifest.RootElement.GetProperty("infographics").EnumerateArray().ToList();
            Assert.Equal(expected.Count, await page.Locator("main figure").CountAsync());
            foreach (var item in expected)
            {
                var figure = page.Locator($"figure#{item.GetProperty("id").GetString()}");
                Assert.Equal(item.GetProperty("alt").GetString() + " Full description below.", await figure.Locator("img").GetAttributeAsync("alt"));
                Assert.True(await figure.Locator("img").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"));
                Assert.Equal(1, await figure.Locator("figcaption details ol").CountAsync());
            }
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
            Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
            await page.CloseAsync();

            // On a phone every figure shows its vertical cut.
            var phone = await browser.OpenUrl(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri,
                new Microsoft.Playwright.BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true });
            var sources = await phone.EvaluateAsync<string[]>("async () => Promise.all([...document.querySelectorAll('main figure img')].map(async i => { await i.decode(); return i.currentSrc; }))");
            Assert.Equal(expected.Count, sources.Length);
            Assert.All(sources, s => Assert.EndsWith(".vertical@2x.png", s));
            Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            await phone.CloseAsync();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
