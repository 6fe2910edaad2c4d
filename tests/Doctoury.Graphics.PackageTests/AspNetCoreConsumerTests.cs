using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Doctoury.Graphics.PackageTests;

/// <summary>
/// Doctoury.Graphics.AspNetCore as a site gets it: packed into a local folder, added to a fresh
/// ASP.NET Core project, run on a real port. The seed's PNG and SVG come with ETags and revalidate
/// with 304, and the page written by the tag helper passes axe in Debian's Chromium.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class AspNetCoreConsumerTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalFeed _feed = new(output, "dg-site-");

    public void Dispose() => _feed.Dispose();

    private static string Chromium => Environment.GetEnvironmentVariable("DOCTOURY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task A_fresh_site_serves_the_seed_with_etags_and_its_tag_helper_page_passes_axe()
    {
        _feed.Pack("Doctoury.Graphics");
        _feed.Pack("Doctoury.Graphics.AspNetCore");
        var site = Directory.CreateDirectory(Path.Combine(_feed.Work, "site")).FullName;
        _feed.WriteNugetConfig(site);
        Directory.CreateDirectory(Path.Combine(site, "specs"));
        Directory.CreateDirectory(Path.Combine(site, "Pages"));
        File.Copy(Path.Combine(LocalFeed.Repo, "specs", "car-t-cell-therapy.yaml"), Path.Combine(site, "specs", "car-t-cell-therapy.yaml"));
        File.WriteAllText(Path.Combine(site, "site.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup><PackageReference Include="Doctoury.Graphics.AspNetCore" Version="{_feed.Version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(site, "Program.cs"), """
            using Doctoury.Graphics.AspNetCore;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            builder.Services.AddInfographics();
            var app = builder.Build();
            app.MapInfographics("/infographics");
            app.MapRazorPages();
            app.Run();
            """);
        File.WriteAllText(Path.Combine(site, "Pages", "_ViewImports.cshtml"), "@addTagHelper *, Doctoury.Graphics.AspNetCore\n");
        File.WriteAllText(Path.Combine(site, "Pages", "Index.cshtml"), """
            @page
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CAR T-cell therapy</title>
            <style>img { max-width: 100%; height: auto; }</style></head>
            <body><main><h1>CAR T-cell therapy</h1><h2>The steps</h2><infographic id="car-t-cell-therapy" /></main></body>
            </html>
            """);
        var (code, text) = _feed.Dotnet(site, null, "build", "-c", "Release");
        Assert.True(code == 0, text);

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--no-build", "-c", "Release", "--urls", url }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var server = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilUp(http, server, log);
            foreach (var (file, type) in new[] { ("car-t-cell-therapy.png", "image/png"), ("car-t-cell-therapy.svg", "image/svg+xml") })
            {
                using var first = await http.GetAsync($"/infographics/{file}");
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                Assert.Equal(type, first.Content.Headers.ContentType!.MediaType);
                var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"{file} has no ETag");
                Assert.False(etag.IsWeak);
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/infographics/{file}");
                request.Headers.IfNoneMatch.Add(etag);
                using var again = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
                Assert.Equal(etag, again.Headers.ETag);
            }

            if (!File.Exists(Chromium))
            {
                Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), $"Chromium is not installed at {Chromium}; .ci/run installs it.");
                output.WriteLine($"Chromium is not installed at {Chromium}: the axe check was skipped.");
                return;
            }
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(url + "/", new() { WaitUntil = WaitUntilState.Load });
            Assert.True(await page.EvaluateAsync<bool>("async () => { const i = document.querySelector('figure img'); await i.decode(); return i.naturalWidth > 0; }"));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
            Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static async Task WaitUntilUp(HttpClient http, Process server, System.Text.StringBuilder log)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited) throw new Xunit.Sdk.XunitException($"the site stopped: {log}");
            try
            {
                using var response = await http.GetAsync("/");
                if (response.IsSuccessStatusCode) return;
                throw new Xunit.Sdk.XunitException($"the page answered {(int)response.StatusCode}: {log}");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }
        throw new Xunit.Sdk.XunitException($"the site did not start in 60 s: {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
