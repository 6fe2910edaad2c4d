using System.Net;
using System.Text.RegularExpressions;

namespace Doctoury.Graphics.AspNetCore.Tests;

/// <summary>The sample page's &lt;infographic&gt; tags.</summary>
public sealed class TagHelperTests
{
    [Fact]
    public async Task The_tag_writes_the_responsive_figure_whose_every_url_is_served()
    {
        using var site = new SiteFactory(Path.Combine(Repo.Root, "specs"));
        using var http = site.CreateClient();
        var page = await http.GetStringAsync("/");
        Assert.DoesNotContain("<infographic", page);
        Assert.Equal(2, Regex.Count(page, "<figure class=\"doctoury-infographic\""));
        Assert.Matches("alt=\"Process diagram: CAR T-cell therapy, [^\"]+ Full description below.\"", page);
        var urls = Regex.Matches(page, "(?:src|srcset)=\"([^\"]+)\"").SelectMany(m => m.Groups[1].Value.Split(", ")).Select(u => u.Split(' ')[0]).Distinct().ToList();
        Assert.Equal(8, urls.Count); // two figures, each 1x and 2x of both cuts
        foreach (var url in urls)
        {
            Assert.Matches("^/infographics/[0-9a-f]{16}/[a-z-]+(\\.vertical)?(@2x)?\\.png$", url);
            using var response = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task A_missing_spec_breaks_the_page_on_a_development_machine_and_is_left_out_elsewhere()
    {
        var folder = Repo.Folder("car-t-cell-therapy.yaml");
        try
        {
            using (var development = new SiteFactory(folder, "Development"))
            {
                using var broken = await development.CreateClient().GetAsync("/");
                Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            }
            using var production = new SiteFactory(folder);
            var page = await production.CreateClient().GetStringAsync("/");
            Assert.Equal(1, Regex.Count(page, "<figure class=\"doctoury-infographic\""));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
