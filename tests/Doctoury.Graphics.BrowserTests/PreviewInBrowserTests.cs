using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Doctoury.Graphics.Cli;
using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// The <c>watch</c> preview as a designer uses it, in Chromium: a save updates the page in place;
/// the theme switch and the phone view work and the view survives a reload; the copy button puts
/// the alt text on the clipboard; a spec that fails the audit is drawn with its findings outlined;
/// axe finds nothing on a laptop or a tablet.
/// </summary>
public sealed class PreviewInBrowserTests(BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly BrowserNewPageOptions Laptop = new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } };
    private static readonly BrowserNewPageOptions Tablet = new() { ViewportSize = new ViewportSize { Width = 820, Height = 1180 }, DeviceScaleFactor = 2, HasTouch = true };

    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("dg-preview-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private WatchSession Start()
    {
        foreach (var spec in new[] { "car-t-cell-therapy.yaml", "two-steps.yaml", "audit-failures/pale-grey-text.yaml" })
        {
            File.Copy(Path.Combine(HarnessPages.RepoRoot(), "specs", spec), Path.Combine(_folder, Path.GetFileName(spec)));
        }
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var session = new WatchSession(_folder, Path.Combine(_folder, "out"), port, TextWriter.Null, TextWriter.Null);
        session.Start();
        return session;
    }

    private static Task Updated(IPage page, string since) =>
        page.WaitForFunctionAsync($"() => (document.documentElement.dataset.updated || '') !== '{since}'", null, new PageWaitForFunctionOptions { Timeout = 15000 });

    private static Task<string> Stamp(IPage page) => page.EvaluateAsync<string>("() => document.documentElement.dataset.updated || ''");

    [ChromiumFact]
    public async Task A_save_updates_the_page_in_place_and_the_view_theme_and_open_sections_hold()
    {
        using var session = Start();
        var page = await browser.OpenUrl(session.Url + "?spec=car-t-cell-therapy.yaml", Laptop);
        await page.Locator("#description summary").ClickAsync();

        // Edit → the page updates without a reload, the description still open.
        var stamp = await Stamp(page);
        var spec = Path.Combine(_folder, "car-t-cell-therapy.yaml");
        var timings = new List<long>();
        foreach (var title in new[] { "CAR T-cell therapy, step by step", "CAR T-cell therapy, in brief", "CAR T-cell therapy explained" })
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "(?m)^title: .*$", "title: " + title));
            await Updated(page, stamp);
            await page.WaitForFunctionAsync("t => document.getElementById('alt-text').textContent.includes(t)", title);
            await page.Locator(".frame.horizontal img").EvaluateAsync("i => i.decode()");
            timings.Add(clock.ElapsedMilliseconds);
            stamp = await Stamp(page);
        }
        output.WriteLine($"save to the new picture on the page: {string.Join(", ", timings)} ms");
        Assert.Contains("CAR T-cell therapy explained", await page.Locator("#alt-text").InnerTextAsync());
        Assert.True(await page.Locator("#description").EvaluateAsync<bool>("d => d.open"));
        Assert.Contains("last saved", await page.Locator(".specs li.saved").InnerTextAsync());

        // Phone view, then a reload: still the phone, its frame as wide as a phone's screen.
        await page.Locator("input[name=view][value=phone]").CheckAsync();
        await page.ReloadAsync();
        Assert.True(await page.Locator("input[name=view][value=phone]").IsCheckedAsync());
        Assert.True(await page.Locator(".frame.phone").IsVisibleAsync());
        Assert.False(await page.Locator(".frame.horizontal").IsVisibleAsync());
        var phone = await page.Locator(".frame.phone img").EvaluateAsync<double>("i => i.getBoundingClientRect().width");
        Assert.InRange(phone, 340, 361);
        Assert.True(await page.Locator("#description").EvaluateAsync<bool>("d => d.open"));

        // Zoom: 100 % shows the picture at its size; Zoom in goes past it.
        await page.Locator("input[name=view][value=horizontal]").CheckAsync();
        await page.Locator("button[data-zoom='1']").ClickAsync();
        Assert.Equal(1600, await page.Locator(".frame.horizontal img").EvaluateAsync<double>("i => Math.round(i.getBoundingClientRect().width)"));
        await page.Locator("button[data-zoom=in]").ClickAsync();
        Assert.Equal("125 %", await page.Locator("#zoom-level").InnerTextAsync());
        await page.Locator("button[data-zoom=fit]").ClickAsync();

        // The theme switch draws every spec again in that theme and the page shows it.
        stamp = await Stamp(page);
        await page.Locator("#theme").SelectOptionAsync("dark");
        await page.WaitForFunctionAsync("() => document.getElementById('app').dataset.theme === 'dark'", null, new PageWaitForFunctionOptions { Timeout = 20000 });
        Assert.Equal("dark", session.Theme);
        Assert.Equal("dark", await page.Locator("#theme").InputValueAsync());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_copy_button_puts_the_alt_text_on_the_clipboard()
    {
        using var session = Start();
        var page = await browser.OpenUrl(session.Url + "?spec=two-steps.yaml", Laptop);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = session.Url.TrimEnd('/') });
        await page.Locator("button", new PageLocatorOptions { HasText = "Copy alt text" }).ClickAsync();
        var expected = session.Specs.Single(s => s.Name == "two-steps.yaml").AltText;
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.WaitForFunctionAsync("() => document.getElementById('announce').textContent === 'Copied the alt text.'");
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_spec_that_fails_the_audit_is_drawn_with_every_finding_outlined_on_it()
    {
        using var session = Start();
        var page = await browser.OpenUrl(session.Url + "?spec=pale-grey-text.yaml", Laptop);
        Assert.Contains("Not written.", await page.Locator(".notice.failed").InnerTextAsync());
        var state = session.Specs.Single(s => s.Name == "pale-grey-text.yaml");
        var findings = state.Audits[Orientation.Horizontal].Findings;
        Assert.Equal(findings.Count, await page.Locator(".frame.horizontal .outlines g.error").CountAsync());
        Assert.Equal(8, await page.Locator(".findings li").CountAsync());
        // Each finding has an outline over its element on the picture as the browser draws it: measured
        // in one go once the picture is decoded, so nothing moves between the two measurements.
        var boxes = await page.Locator(".frame.horizontal").EvaluateAsync<double[]>("""
            async frame => {
              const img = frame.querySelector('img'); await img.decode();
              const r = img.getBoundingClientRect();
              return [r.x, r.y, r.width, ...[...frame.querySelectorAll('.outlines rect')].flatMap(o => { const b = o.getBoundingClientRect(); return [b.x, b.y]; })];
            }
            """);
        var scale = boxes[2] / Infographic.Load(Path.Combine(_folder, "pale-grey-text.yaml")).Width;
        var outlines = Enumerable.Range(0, (boxes.Length - 3) / 2).Select(i => (X: boxes[3 + 2 * i], Y: boxes[4 + 2 * i])).ToList();
        foreach (var finding in findings)
        {
            var area = finding.Area!.Value;
            var (x, y) = (boxes[0] + (area.X - 3) * scale, boxes[1] + (area.Y - 3) * scale);
            Assert.Contains(outlines, o => Math.Abs(o.X - x) <= 2 && Math.Abs(o.Y - y) <= 2);
        }
        Assert.True(await page.Locator(".frame.horizontal img").EvaluateAsync<bool>("async i => { await i.decode(); return i.naturalWidth > 0; }"));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Axe_finds_no_violations_on_a_laptop_or_a_tablet_and_the_tablet_does_not_scroll_sideways()
    {
        using var session = Start();
        foreach (var (name, device) in new[] { ("laptop", Laptop), ("tablet", Tablet) })
        {
            foreach (var spec in new[] { "car-t-cell-therapy.yaml", "pale-grey-text.yaml" })
            {
                var page = await browser.OpenUrl(session.Url + "?spec=" + spec, device);
                await page.Locator("#description summary").ClickAsync();
                await page.Locator("#figure summary").ClickAsync();
                var result = await page.RunAxe(Rules);
                Assert.Empty(result.Violations.Select(v => $"{name} {spec}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
                Assert.NotEmpty(result.Passes);
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(widths[0] <= widths[1], $"{name} {spec}: the page is {widths[0]} px wide in a {widths[1]} px viewport");
                await page.CloseAsync();
            }
        }
    }

    [ChromiumFact]
    public async Task The_icon_page_finds_icons_by_meaning_copies_a_name_and_axe_finds_nothing()
    {
        using var session = Start();
        var page = await browser.OpenUrl(session.Url, Laptop);
        await page.Locator(".specs a", new PageLocatorOptions { HasText = "Icons" }).ClickAsync();
        await page.WaitForURLAsync(session.Url + "icons");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = session.Url.TrimEnd('/') });
        await page.Locator("#q").FillAsync("iv");
        var drip = page.Locator("li:visible button", new PageLocatorOptions { HasText = "intravenous-drip" });
        await drip.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        Assert.Contains("icons shown", await page.Locator("#count").InnerTextAsync());
        Assert.True(await page.Locator("li:visible").CountAsync() < 100, "the search filters");
        await page.Locator("#q").FillAsync("house");
        await page.Locator("li:visible button", new PageLocatorOptions { HasText = "home" }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        await page.Locator("li:visible button").First.ClickAsync();
        Assert.Contains(await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), Bundled.IconNames);
        var result = await page.RunAxe(Rules);
        Assert.Empty(result.Violations.Select(v => $"icons: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        await page.Locator("a", new PageLocatorOptions { HasText = "Back to the preview" }).ClickAsync();
        await page.WaitForURLAsync(session.Url);
        await page.CloseAsync();
    }
}
