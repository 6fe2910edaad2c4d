using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Doctoury.Graphics.AspNetCore.Tests;

/// <summary>Specs with custom icon files: a change to an icon is a new picture, a fixed icon heals a broken spec.</summary>
public sealed class IconFileTests : IDisposable
{
    private readonly string _folder = Repo.Folder();

    public void Dispose() => Directory.Delete(_folder, true);

    private static string Icon(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "Doctoury.Graphics.Tests", "Fixtures", "icons", name));

    private string Spec => Path.Combine(_folder, "car-t-cell-therapy.yaml");

    private string IconFile => Path.Combine(_folder, "drop.svg");

    private void WriteSpec(bool withIcon) =>
        File.WriteAllText(Spec, withIcon ? File.ReadAllText(Repo.Seed).Replace("icon: blood-drop", "icon: ./drop.svg") : File.ReadAllText(Repo.Seed));

    [Fact]
    public async Task An_icon_that_changes_is_drawn_fresh_and_a_spec_put_back_draws_its_icon_as_it_is_now()
    {
        File.WriteAllText(IconFile, Icon("figma-heart-pulse.svg"));
        WriteSpec(withIcon: true);
        using var site = new SiteFactory(_folder);
        using var http = site.CreateClient();
        var first = await http.GetByteArrayAsync("/infographics/car-t-cell-therapy.png");

        File.WriteAllText(IconFile, Icon("illustrator-save-as.svg"));
        var second = await http.GetByteArrayAsync("/infographics/car-t-cell-therapy.png");
        Assert.NotEqual(first, second);

        // Without the icon, then with it again while the icon is changed back: the picture has the icon as it is now.
        WriteSpec(withIcon: false);
        Assert.NotEqual(second, await http.GetByteArrayAsync("/infographics/car-t-cell-therapy.png"));
        File.WriteAllText(IconFile, Icon("figma-heart-pulse.svg"));
        WriteSpec(withIcon: true);
        Assert.Equal(first, await http.GetByteArrayAsync("/infographics/car-t-cell-therapy.png"));
    }

    [Fact]
    public async Task A_spec_broken_by_a_missing_icon_is_served_once_the_icon_is_there()
    {
        WriteSpec(withIcon: true);
        using var site = new SiteFactory(_folder);
        using var http = site.CreateClient();
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.GetAsync("/infographics/car-t-cell-therapy.png")).StatusCode);
        File.WriteAllText(IconFile, Icon("figma-heart-pulse.svg"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/infographics/car-t-cell-therapy.png")).StatusCode);
    }

    [Fact]
    public async Task Two_servers_with_the_same_specs_in_different_folders_agree_on_the_versioned_urls()
    {
        File.WriteAllText(IconFile, Icon("figma-heart-pulse.svg"));
        WriteSpec(withIcon: true);
        var other = Repo.Folder();
        try
        {
            File.Copy(IconFile, Path.Combine(other, "drop.svg"));
            File.Copy(Spec, Path.Combine(other, "car-t-cell-therapy.yaml"));
            using var one = new SiteFactory(_folder);
            using var two = new SiteFactory(other);
            Assert.Equal(await one.CreateClient().GetStringAsync("/infographics/car-t-cell-therapy.figure.html"),
                await two.CreateClient().GetStringAsync("/infographics/car-t-cell-therapy.figure.html"));
        }
        finally
        {
            Directory.Delete(other, true);
        }
    }

    [Fact]
    public async Task Mapped_at_the_root_the_urls_have_no_double_slash()
    {
        File.Copy(Repo.Seed, Spec);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddInfographics(o => o.SpecFolder = _folder);
        await using var app = builder.Build();
        app.MapInfographics("/");
        await app.StartAsync();
        var http = app.GetTestClient();
        var figure = await http.GetStringAsync("/car-t-cell-therapy.figure.html");
        Assert.Matches("src=\"/[0-9a-f]{16}/car-t-cell-therapy\\.png\"", figure);
        Assert.DoesNotContain("\"//", figure);
        var url = System.Text.RegularExpressions.Regex.Match(figure, "src=\"(/[0-9a-f]{16}/car-t-cell-therapy\\.png)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public void Scales_without_1x_are_refused_with_a_reason()
    {
        using var site = new SiteFactory(_folder, configure: b => b.ConfigureServices(s => s.Configure<InfographicsOptions>(o => { o.Scales.Clear(); o.Scales.Add(2); })));
        var error = Assert.Throws<InvalidOperationException>(() => site.Services.GetRequiredService<InfographicStore>());
        Assert.Contains("must include 1", error.Message);
    }
}
