using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;
using Xunit.Abstractions;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// <c>watch</c>: a save re-renders the spec and the preview page is told to reload; an error keeps
/// the last good picture with the diagnostics above it. The time from save to updated files is
/// measured and printed.
/// </summary>
public sealed class WatchTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private (WatchSession Session, string Spec) Start()
    {
        var spec = Path.Combine(_folder.Path, "car-t-cell-therapy.yaml");
        File.Copy(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml"), spec);
        var session = new WatchSession(_folder.Path, Path.Combine(_folder.Path, "out"), FreePort(), TextWriter.Null, TextWriter.Null);
        session.Start();
        return (session, spec);
    }

    private static async Task<WatchedSpec> NextRender(WatchSession session, Action save)
    {
        var done = new TaskCompletionSource<WatchedSpec>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(WatchedSpec s) => done.TrySetResult(s);
        session.Rendered += Handler;
        try
        {
            save();
            return await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            session.Rendered -= Handler;
        }
    }

    [Fact]
    public async Task A_copied_spec_that_keeps_its_id_fails_with_its_twin_until_one_id_changes()
    {
        var (session, spec) = Start();
        using var _ = session;
        var copy = Path.Combine(_folder.Path, "copy.yaml");
        var clash = await NextRender(session, () => File.Copy(spec, copy));
        Assert.Contains(clash.Diagnostics, d => d.Code == "DG0025");
        await WaitFor(() => session.Specs.All(s => s.Diagnostics.Any(d => d.Code == "DG0025")));
        Assert.False(File.Exists(Path.Combine(session.OutDir, "copy.png")));

        await NextRender(session, () => File.WriteAllText(copy, File.ReadAllText(copy).Replace("id: car-t-cell-therapy", "id: car-t-copy")));
        await WaitFor(() => session.Specs.All(s => !s.Failed));
        await WaitFor(() => File.Exists(Path.Combine(session.OutDir, "car-t-copy.png")));
    }

    [Fact]
    public void Watch_can_draw_every_spec_in_another_built_in_theme()
    {
        File.Copy(Path.Combine(Repo.Specs, "two-steps.yaml"), Path.Combine(_folder.Path, "two-steps.yaml"));
        using var session = new WatchSession(_folder.Path, Path.Combine(_folder.Path, "out"), FreePort(), TextWriter.Null, TextWriter.Null, theme: "dark");
        session.Start();
        var svg = File.ReadAllText(Path.Combine(session.OutDir, "blood-test.svg"));
        Assert.Equal(Repo.InTheme("two-steps.yaml", "dark").RenderSvg(), svg);
        Assert.Empty(session.Specs.Single().Audit!.Findings);
    }

    private WatchSession StartWith(string[] specs, string? theme = null, bool allowAuditFailures = false)
    {
        foreach (var spec in specs) File.Copy(Path.Combine(Repo.Specs, spec), Path.Combine(_folder.Path, Path.GetFileName(spec)));
        var session = new WatchSession(_folder.Path, Path.Combine(_folder.Path, "out"), FreePort(), TextWriter.Null, TextWriter.Null, theme, allowAuditFailures);
        session.Start();
        return session;
    }

    [Fact]
    public async Task A_spec_that_fails_the_audit_is_drawn_with_its_findings_outlined_but_not_written()
    {
        using var session = StartWith(["audit-failures/pale-grey-text.yaml"]);
        var state = session.Specs.Single();
        Assert.False(state.Written);
        Assert.True(state.DrawnButNotWritten);
        Assert.False(File.Exists(Path.Combine(session.OutDir, "pale-grey-text.png")));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var page = await http.GetStringAsync(session.Url);
        Assert.Contains("<strong>Not written.</strong>", page);
        Assert.Contains("--allow-audit-failures", page);
        // Every finding of each cut outlined on its picture, numbered as in the list below it.
        var findings = state.Audits[Orientation.Horizontal].Findings.Count + state.Audits[Orientation.Vertical].Findings.Count;
        Assert.Equal(8, findings);
        Assert.Equal(findings, System.Text.RegularExpressions.Regex.Matches(page, "<g class=\"error\"><rect ").Count);
        Assert.Contains("Audit (WCAG 2.2 AA): 8 findings", page);
        var png = await http.GetAsync(session.Url + "picture/pale-grey-text.yaml/horizontal.png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Allow_audit_failures_writes_the_failing_spec_with_its_findings_as_warnings()
    {
        using var session = StartWith(["audit-failures/pale-grey-text.yaml"], allowAuditFailures: true);
        var state = session.Specs.Single();
        Assert.True(state.Written);
        Assert.True(File.Exists(Path.Combine(session.OutDir, "pale-grey-text.png")));
        Assert.All(state.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(0, CommandLine.Run(["watch", "--help"], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task The_theme_switch_draws_and_writes_every_spec_again_in_that_theme()
    {
        using var session = StartWith(["two-steps.yaml"]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var svg = Path.Combine(session.OutDir, "blood-test.svg");
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(session.Url + "theme", new StringContent("dark"))).StatusCode); // no header: not from our page
        var request = new HttpRequestMessage(HttpMethod.Post, session.Url + "theme") { Content = new StringContent("sepia") };
        request.Headers.Add("X-Doctoury-Preview", "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(request)).StatusCode);
        request = new HttpRequestMessage(HttpMethod.Post, session.Url + "theme") { Content = new StringContent("dark") };
        request.Headers.Add("X-Doctoury-Preview", "1");
        Assert.Equal(HttpStatusCode.Accepted, (await http.SendAsync(request)).StatusCode);
        await WaitFor(() => session.Theme == "dark" && File.ReadAllText(svg) == Repo.InTheme("two-steps.yaml", "dark").RenderSvg());
        Assert.Contains("<option value=\"dark\" selected>", await http.GetStringAsync(session.Url));
    }

    [Fact]
    public async Task The_preview_answers_only_its_own_name_and_forbids_outside_content()
    {
        using var session = StartWith(["two-steps.yaml"]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var page = await http.GetAsync(session.Url);
        var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<script>", html); // no inline script: the policy would refuse it
        Assert.DoesNotContain(" style=\"", html);
        var icons = await http.GetAsync(session.Url + "icons");
        var gallery = await icons.Content.ReadAsStringAsync();
        Assert.Contains("intravenous-drip", gallery);
        Assert.Contains("<a href=\"/\">Back to the preview</a>", gallery);
        Assert.Contains("default-src 'none'", string.Join(" ", icons.Headers.GetValues("Content-Security-Policy")));
        var rebound = new HttpRequestMessage(HttpMethod.Get, session.Url);
        rebound.Headers.Host = "attacker.example";
        // A name pointed at 127.0.0.1 by another site (DNS rebinding) gets no page.
        var status = (await http.SendAsync(rebound)).StatusCode;
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, status.ToString()); // the listener or our check refuses it
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "timed out");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_save_updates_the_files_quickly_and_the_time_is_measured()
    {
        var (session, spec) = Start();
        using var _ = session;
        var png = Path.Combine(session.OutDir, "car-t-cell-therapy.png");
        var before = File.ReadAllBytes(png);
        var timings = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var state = await NextRender(session, () => File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: CAR T-cell therapy", $"title: CAR T-cell therapy {i + 1}")));
            timings.Add(clock.ElapsedMilliseconds);
            Assert.Empty(state.Diagnostics);
            Assert.Contains($"CAR T-cell therapy {i + 1}", state.AltText);
        }
        Assert.NotEqual(before, File.ReadAllBytes(png));
        var median = timings.Order().ElementAt(timings.Count / 2);
        output.WriteLine($"save to updated files: {string.Join(", ", timings)} ms (median {median} ms)");
        Assert.True(median < 2000, $"median {median} ms"); // the aim is 500 ms; shared CI machines get headroom
    }

    [Fact]
    public async Task An_error_keeps_the_last_good_picture_and_shows_the_diagnostics()
    {
        var (session, spec) = Start();
        using var _ = session;
        var png = Path.Combine(session.OutDir, "car-t-cell-therapy.png");
        var good = File.ReadAllBytes(png);
        var state = await NextRender(session, () => File.WriteAllText(spec, File.ReadAllText(spec).Replace("icon: dna", "icon: dnaa")));
        Assert.Contains(state.Diagnostics, d => d.Code == "DG0013");
        Assert.Equal(good, File.ReadAllBytes(png));
        using var http = new HttpClient();
        var page = await http.GetStringAsync(session.Url);
        Assert.Contains("<strong>Not updated.</strong> The spec has errors; the last good picture is shown.", page);
        Assert.Contains("the files were not changed", page);
        Assert.Contains("Unknown icon &#39;dnaa&#39;", page);
        Assert.Contains("/picture/car-t-cell-therapy.yaml/horizontal.png", page); // the last good picture, drawn
        Assert.Contains("href=\"/files/car-t-cell-therapy.png\" download", page); // and its files
        Assert.Contains("<span class=\"status\">1 error</span>", page);
    }

    [Fact]
    public async Task The_preview_serves_the_pictures_and_tells_the_page_to_reload()
    {
        var (session, spec) = Start();
        using var _ = session;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var page = await http.GetStringAsync(session.Url);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", page);
        Assert.Contains("<script src=\"/preview.js\"></script>", page);
        Assert.Contains("new EventSource('/events')", await http.GetStringAsync(session.Url + "preview.js"));
        Assert.Contains("Alt text", page);
        Assert.Matches(@"Audit \(WCAG 2\.2 AA\):</strong> passed, \d+ text runs and graphics measured", page);
        var svg = await http.GetAsync(session.Url + "files/car-t-cell-therapy.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        // One large picture at a time, drawn from memory; the phone cut in a phone's frame.
        Assert.Contains("<div class=\"frame phone\"", page);
        Assert.Contains("/picture/car-t-cell-therapy.yaml/horizontal.png", page);
        Assert.Contains("/picture/car-t-cell-therapy.yaml/vertical.png", page);
        // Every written file to download.
        foreach (var file in new[] { "car-t-cell-therapy.png", "car-t-cell-therapy@2x.png", "car-t-cell-therapy.svg", "car-t-cell-therapy.vertical.png", "car-t-cell-therapy.vertical.svg", "car-t-cell-therapy.alt.txt", "car-t-cell-therapy.description.md", "car-t-cell-therapy.description.html", "car-t-cell-therapy.figure.html" })
        {
            Assert.Contains($"href=\"/files/{file}\" download", page);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(session.Url + "files/" + file)).StatusCode);
        }
        var picture = await http.GetAsync(session.Url + "picture/car-t-cell-therapy.yaml/vertical.png");
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        var verticalPng = await http.GetAsync(session.Url + "files/car-t-cell-therapy.vertical.png");
        Assert.Equal("image/png", verticalPng.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(session.Url + "files/car-t-cell-therapy.vertical@2x.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(session.Url + "files/..%2Fcar-t-cell-therapy.yaml")).StatusCode);

        using var events = await http.GetStreamAsync(session.Url + "events");
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: CAR T-cell therapy", "title: CAR T-cell therapy, again"));
        Assert.Equal("event: saved", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("data: car-t-cell-therapy.yaml", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
