using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// The responsive figure in Chromium: a phone loads the vertical PNG, a laptop the horizontal one,
/// the page reflows at 320 CSS px without scrolling sideways (WCAG 1.4.10), and axe finds nothing.
/// </summary>
public sealed class ResponsiveFigureTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewPageOptions Phone = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 3, IsMobile = true, HasTouch = true };
    private static readonly BrowserNewPageOptions Laptop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, DeviceScaleFactor = 1 };
    private static readonly BrowserNewPageOptions Narrowest = new() { ViewportSize = new ViewportSize { Width = 320, Height = 640 }, DeviceScaleFactor = 2, IsMobile = true };

    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static Task<string> CurrentSource(IPage page) =>
        page.Locator("figure img").EvaluateAsync<string>("async i => { await i.decode(); return i.currentSrc; }");

    [ChromiumFact]
    public async Task A_phone_loads_the_vertical_png_and_shows_it_at_its_width()
    {
        var page = await browser.Open("responsive", Phone);
        var source = await CurrentSource(page);
        Assert.EndsWith("car-t-cell-therapy.vertical@2x.png", source); // 3x screen: the densest PNG there is
        var size = await page.Locator("figure img").EvaluateAsync<double[]>("i => [i.getBoundingClientRect().width, i.naturalWidth]");
        Assert.Equal(360, size[1]); // the 720 px file, taken at 2x: 360 CSS px
        Assert.InRange(size[0], 280, 360); // the 360 px cut, shrunk at most to the page's margins
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_laptop_loads_the_horizontal_png()
    {
        var page = await browser.Open("responsive", Laptop);
        Assert.EndsWith("/car-t-cell-therapy.png", await CurrentSource(page));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task At_320_css_px_the_page_scrolls_in_one_direction_only()
    {
        var page = await browser.Open("responsive", Narrowest);
        await CurrentSource(page);
        await page.Locator("figure summary").ClickAsync(); // the long description open too
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"the page is {scrollWidth} px wide in a {clientWidth} px viewport (WCAG 1.4.10 reflow)");
        Assert.Contains(".vertical", await CurrentSource(page));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Axe_finds_no_violations_on_a_phone_or_a_laptop()
    {
        foreach (var (name, device) in new[] { ("phone", Phone), ("laptop", Laptop) })
        {
            var page = await browser.Open("responsive", device);
            await CurrentSource(page);
            var result = await page.RunAxe(Rules);
            Assert.Empty(result.Violations.Select(v => $"{name}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
            Assert.NotEmpty(result.Passes);
            var alt = await page.Locator("figure img").GetAttributeAsync("alt");
            Assert.EndsWith("Full description below.", alt);
            await page.CloseAsync();
        }
    }
}
