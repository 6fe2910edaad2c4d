using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>One Chromium for the whole class, and the harness pages it opens.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HarnessPages? _pages;

    internal HarnessPages Pages => _pages ?? throw new InvalidOperationException("The fixture did not start.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.Path)) return; // the tests say they were skipped, or fail under CI
        _pages = new HarnessPages();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public Task<IPage> Open(string page) => OpenUrl(Pages.Url(page));

    /// <summary>Opens a harness page in a fresh tab with its own viewport and device scale, as on a given device.</summary>
    public Task<IPage> Open(string page, BrowserNewPageOptions device) => OpenUrl(Pages.Url(page), device);

    public async Task<IPage> OpenUrl(string url, BrowserNewPageOptions? device = null)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium could not be started from {Chromium.Path}.");
        var tab = await browser.NewPageAsync(device);
        await tab.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _pages?.Dispose();
    }
}
