using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Doctoury.Graphics.AspNetCore.Tests;

/// <summary>Specs that change, break, fail the audit or come from elsewhere than a folder.</summary>
public sealed class SpecChangeTests
{
    [Fact]
    public async Task A_spec_that_changes_on_disk_is_served_fresh_on_the_next_request()
    {
        var folder = Repo.Folder("car-t-cell-therapy.yaml");
        try
        {
            using var site = new SiteFactory(folder);
            using var http = site.CreateClient(new() { AllowAutoRedirect = false });
            using var before = await http.GetAsync("/infographics/car-t-cell-therapy.svg");
            var oldFigure = await http.GetStringAsync("/infographics/car-t-cell-therapy.figure.html");

            var spec = Path.Combine(folder, "car-t-cell-therapy.yaml");
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: CAR T-cell therapy", "title: CAR T-cell therapy, step by step"));

            using var request = new HttpRequestMessage(HttpMethod.Get, "/infographics/car-t-cell-therapy.svg");
            request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
            using var after = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            Assert.Contains("CAR T-cell therapy, step by step", await after.Content.ReadAsStringAsync());

            // The page's old versioned URL now leads to the new picture.
            var oldUrl = System.Text.RegularExpressions.Regex.Match(oldFigure, "src=\"([^\"]+\\.png)\"").Groups[1].Value;
            using var old = await http.GetAsync(oldUrl);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, old.StatusCode);
            Assert.NotEqual(oldUrl, old.Headers.Location!.OriginalString);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_new_spec_file_is_found_without_a_restart()
    {
        var folder = Repo.Folder();
        try
        {
            using var site = new SiteFactory(folder);
            using var http = site.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/infographics/blood-test.alt.txt")).StatusCode);
            File.Copy(Path.Combine(Repo.Root, "specs", "two-steps.yaml"), Path.Combine(folder, "two-steps.yaml"));
            await Task.Delay(1100); // the folder is listed at most once a second
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/infographics/blood-test.alt.txt")).StatusCode);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_broken_spec_answers_500_with_its_problems_on_a_development_machine_only()
    {
        var folder = Repo.Folder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "broken.yaml"), File.ReadAllText(Repo.Seed).Replace("id: car-t-cell-therapy", "id: broken").Replace("width: 1600", "width: lots"));
            using (var development = new SiteFactory(folder, "Development"))
            {
                using var response = await development.CreateClient().GetAsync("/infographics/broken.png");
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
                var error = problem.RootElement.GetProperty("errors")[0].GetString()!;
                Assert.Matches(@"^broken\.yaml\(8,8\): error DG\d{4}: ", Path.GetFileName(error));
            }
            using var production = new SiteFactory(folder);
            using var hidden = await production.CreateClient().GetAsync("/infographics/broken.png");
            Assert.Equal(HttpStatusCode.InternalServerError, hidden.StatusCode);
            Assert.DoesNotContain("DG0", await hidden.Content.ReadAsStringAsync());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_spec_that_fails_the_audit_is_not_served_unless_the_site_allows_it()
    {
        var folder = Repo.Folder();
        try
        {
            File.Copy(Path.Combine(Repo.Root, "specs", "audit-failures", "pale-grey-text.yaml"), Path.Combine(folder, "pale.yaml"));
            var id = FolderInfographicSource.DeclaredId(File.ReadAllText(Path.Combine(folder, "pale.yaml")))!;
            using (var strict = new SiteFactory(folder, "Development"))
            {
                using var refused = await strict.CreateClient().GetAsync($"/infographics/{id}.png");
                Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
                Assert.Contains("contrast", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            }
            using var lenient = new SiteFactory(folder, configure: b => b.ConfigureServices(s => s.Configure<InfographicsOptions>(o => o.AllowAuditFailures = true)));
            Assert.Equal(HttpStatusCode.OK, (await lenient.CreateClient().GetAsync($"/infographics/{id}.png")).StatusCode);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>Specs kept in a database, say.</summary>
    private sealed class MemorySource(Dictionary<string, string> specs) : IInfographicSource
    {
        public ValueTask<InfographicSpecText?> FindAsync(string id, CancellationToken cancellationToken) =>
            ValueTask.FromResult(specs.TryGetValue(id, out var yaml) ? new InfographicSpecText(yaml, $"db:{id}") : null);
    }

    [Fact]
    public async Task Specs_can_come_from_a_source_of_the_sites_own_and_then_use_bundled_icons_only()
    {
        var seed = File.ReadAllText(Repo.Seed);
        var withIconFile = seed.Replace("id: car-t-cell-therapy", "id: own-icon").Replace("icon: blood-drop", "icon: ./drop.svg");
        Assert.NotEqual(seed.Replace("id: car-t-cell-therapy", "id: own-icon"), withIconFile);
        var source = new MemorySource(new() { ["car-t-cell-therapy"] = seed, ["own-icon"] = withIconFile });
        using var site = new SiteFactory(configure: b => b.ConfigureServices(s => s.AddSingleton<IInfographicSource>(source)), environment: "Development");
        using var http = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/infographics/car-t-cell-therapy.png")).StatusCode);
        using var refused = await http.GetAsync("/infographics/own-icon.png");
        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Contains("db:own-icon(", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cache_stays_within_its_size_limit()
    {
        using var site = new SiteFactory(Path.Combine(Repo.Root, "specs"), configure: b => b.ConfigureServices(s => s.Configure<InfographicsOptions>(o => o.CacheSizeLimit = 1024 * 1024)));
        using var http = site.CreateClient();
        foreach (var file in new[] { "car-t-cell-therapy@2x.png", "car-t-cell-therapy.vertical@2x.png", "blood-test@2x.png", "car-t-cell-therapy.png", "blood-test.svg" })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/infographics/{file}")).StatusCode);
        }
        var store = site.Services.GetRequiredService<InfographicStore>();
        Assert.InRange(store.CachedBytes, 1, 1024 * 1024);
    }

    [Fact]
    public void Mapping_without_the_services_says_what_to_add()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapInfographics());
        Assert.Contains("AddInfographics", error.Message);
    }
}
