using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Doctoury.Graphics.AspNetCore.Tests;

/// <summary>MapInfographics through HTTP: every output, its headers, revalidation and versioned URLs.</summary>
public sealed class EndpointTests : IDisposable
{
    private readonly SiteFactory _site = new(Path.Combine(Repo.Root, "specs"));
    private readonly HttpClient _http;

    public EndpointTests() => _http = _site.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    public static TheoryData<string, string> Outputs => new()
    {
        { "car-t-cell-therapy.png", "image/png" },
        { "car-t-cell-therapy@2x.png", "image/png" },
        { "car-t-cell-therapy.vertical.png", "image/png" },
        { "car-t-cell-therapy.vertical@2x.png", "image/png" },
        { "car-t-cell-therapy.svg", "image/svg+xml" },
        { "car-t-cell-therapy.vertical.svg", "image/svg+xml" },
        { "car-t-cell-therapy.alt.txt", "text/plain; charset=utf-8" },
        { "car-t-cell-therapy.description.md", "text/markdown; charset=utf-8" },
        { "car-t-cell-therapy.description.html", "text/html; charset=utf-8" },
        { "car-t-cell-therapy.figure.html", "text/html; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Every_output_is_served_with_its_type_a_strong_etag_and_nosniff(string file, string type)
    {
        using var response = await _http.GetAsync($"/infographics/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task The_bytes_are_those_the_library_draws()
    {
        var seed = Infographic.Load(Repo.Seed);
        Assert.Equal(seed.RenderPng(2), await _http.GetByteArrayAsync("/infographics/car-t-cell-therapy@2x.png"));
        Assert.Equal(seed.WithOrientation(Orientation.Vertical).RenderSvg(), await _http.GetStringAsync("/infographics/car-t-cell-therapy.vertical.svg"));
        Assert.Equal(seed.AltText + "\n", await _http.GetStringAsync("/infographics/car-t-cell-therapy.alt.txt"));
        Assert.Equal(seed.Describe().Markdown, await _http.GetStringAsync("/infographics/car-t-cell-therapy.description.md"));
    }

    [Fact]
    public async Task Revalidation_with_the_etag_answers_304_without_a_body()
    {
        using var first = await _http.GetAsync("/infographics/car-t-cell-therapy.png");
        var etag = first.Headers.ETag!;
        foreach (var ifNoneMatch in new[] { etag.Tag, $"W/{etag.Tag}", $"\"other\", {etag.Tag}", "*" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/infographics/car-t-cell-therapy.png");
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            using var again = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(etag, again.Headers.ETag);
            Assert.True(again.Headers.CacheControl!.NoCache);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/infographics/car-t-cell-therapy.png");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        using var full = await _http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }

    [Fact]
    public async Task The_svg_forbids_script_even_opened_on_its_own()
    {
        using var response = await _http.GetAsync("/infographics/car-t-cell-therapy.svg");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Contains("sandbox", policy);
        // What the SVG needs still loads: its inline style and its embedded font.
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("url(data:font/ttf;base64,", svg);
        Assert.Contains("font-src data:", policy);
    }

    [Fact]
    public async Task Versioned_urls_are_immutable_for_a_year_and_an_old_version_redirects_to_the_current()
    {
        var figure = await _http.GetStringAsync("/infographics/car-t-cell-therapy.figure.html");
        var url = System.Text.RegularExpressions.Regex.Match(figure, "src=\"(/infographics/[0-9a-f]{16}/car-t-cell-therapy\\.png)\"").Groups[1].Value;
        Assert.NotEmpty(url);
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());

        using var old = await _http.GetAsync("/infographics/0000000000000000/car-t-cell-therapy.png");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, old.StatusCode);
        Assert.Equal(url, old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Head_answers_the_headers_without_the_body()
    {
        using var get = await _http.GetAsync("/infographics/car-t-cell-therapy.svg");
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/infographics/car-t-cell-therapy.svg"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/infographics/no-such-spec.png")]
    [InlineData("/infographics/car-t-cell-therapy@5x.png")]
    [InlineData("/infographics/car-t-cell-therapy.gif")]
    [InlineData("/infographics/car-t-cell-therapy.vertical.alt.txt")]
    [InlineData("/infographics/a/b/car-t-cell-therapy.png")]
    [InlineData("/infographics/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/infographics/car-t-cell-therapy")]
    [InlineData("/infographics/")]
    public async Task What_is_not_an_output_is_not_found(string url)
    {
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_spec_is_found_by_its_id_whatever_its_file_is_called()
    {
        // specs/two-steps.yaml says id: blood-test.
        using var response = await _http.GetAsync("/infographics/blood-test.alt.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var byFileName = await _http.GetAsync("/infographics/two-steps.alt.txt");
        Assert.Equal(HttpStatusCode.NotFound, byFileName.StatusCode);
    }

    [Fact]
    public async Task Text_outputs_say_their_language()
    {
        using var response = await _http.GetAsync("/infographics/tahlil-alsukkar.alt.txt");
        Assert.Equal("ar", Assert.Single(response.Content.Headers.ContentLanguage));
    }
}
