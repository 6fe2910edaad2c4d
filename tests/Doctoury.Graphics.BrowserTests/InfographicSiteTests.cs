extern alias site;

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>The ASP.NET Core sample site on a real port, its tag helper's page in Chromium on a laptop and a phone.</summary>
public sealed class InfographicSiteTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private sealed class Site : WebApplicationFactory<site::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("Infographics:SpecFolder", Path.Combine(HarnessPages.RepoRoot(), "specs"));
    }

    [ChromiumFact]
    public async Task The_sample_page_passes_axe_and_serves_each_screen_its_cut()
    {
        using var site = new Site();
        site.UseKestrel(0);
        site.StartServer();
        var root = site.ClientOptions.BaseAddress;

        var page = await browser.OpenUrl(root.AbsoluteUri);
        var loaded = await page.EvaluateAsync<string[]>("async () => Promise.all([...document.querySelectorAll('figure img')].map(async i => { await i.decode(); return i.currentSrc; }))");
        Assert.Equal(2, loaded.Length);
        Assert.All(loaded, s => Assert.Matches(@"/infographics/[0-9a-f]{16}/[a-z-]+(@2x)?\.png$", s));
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
        await page.CloseAsync();

        var phone = await browser.OpenUrl(root.AbsoluteUri,
            new Microsoft.Playwright.BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true });
        var sources = await phone.EvaluateAsync<string[]>("async () => Promise.all([...document.querySelectorAll('figure img')].map(async i => { await i.decode(); return i.currentSrc; }))");
        Assert.All(sources, s => Assert.EndsWith(".vertical@2x.png", s));
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var phoneResult = await phone.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
        Assert.Empty(phoneResult.Violations.Select(v => $"{v.Id}: {v.Help}"));
        await phone.CloseAsync();
    }
}
