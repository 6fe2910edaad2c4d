using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Doctoury.Graphics.Cli.Serve;
using Doctoury.Graphics.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Threading.RateLimiting;

namespace Doctoury.Graphics.Tests;

/// <summary><c>serve</c> through HTTP in memory: what it draws, what it refuses, and its limits.</summary>
public sealed class ServeTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml"));

    private static async Task<(WebApplication App, HttpClient Http)> Start(ServeOptions? options = null)
    {
        var app = RenderService.Build(options ?? ServeOptions.Default with { Folder = Repo.Specs }, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    private static HttpContent Yaml(string yaml) => new StringContent(yaml, Encoding.UTF8, "application/yaml");

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task It_draws_what_the_library_draws()
    {
        var (app, http) = await Start();
        await using var _ = app;
        var seed = Infographic.FromYaml(Seed, RenderEndpoints.RequestName);
        Assert.Equal(seed.RenderPng(2), await (await http.PostAsync("/render/png?scale=2", Yaml(Seed))).Content.ReadAsByteArrayAsync());
        using var svg = await http.PostAsync("/render/svg?layout=vertical", Yaml(Seed));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", string.Join(' ', svg.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(seed.WithOrientation(Orientation.Vertical).RenderSvg(), await svg.Content.ReadAsStringAsync());
        Assert.Equal(seed.AltText + "\n", await (await http.PostAsync("/render/alt", Yaml(Seed))).Content.ReadAsStringAsync());
        Assert.Equal(seed.Describe().Html, await (await http.PostAsync("/render/description?format=html", Yaml(Seed))).Content.ReadAsStringAsync());
        Assert.Equal(seed.Describe().Markdown, await (await http.PostAsync("/render/description", Yaml(Seed))).Content.ReadAsStringAsync());
        Assert.Contains("src=\"car-t-cell-therapy.png\"", await (await http.PostAsync("/render/figure", Yaml(Seed))).Content.ReadAsStringAsync());
        Assert.Equal("ok\n", await http.GetStringAsync("/healthz"));
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Clients_are_counted_by_ipv4_address_or_ipv6_64(string address, string key)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(key, RenderService.ClientKey(context));
    }

    [Fact]
    public async Task Check_answers_the_diagnostics_as_check_does()
    {
        var (app, http) = await Start();
        await using var _ = app;
        using var good = JsonDocument.Parse(await (await http.PostAsync("/check", Yaml(Seed))).Content.ReadAsStringAsync());
        Assert.True(good.RootElement.GetProperty("specs")[0].GetProperty("ok").GetBoolean());
        using var response = await http.PostAsync("/check", Yaml(Seed.Replace("width: 1600", "width: lots")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bad = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var diagnostic = bad.RootElement.GetProperty("specs")[0].GetProperty("diagnostics")[0];
        Assert.Equal("DG0004", diagnostic.GetProperty("code").GetString());
        Assert.Equal(8, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(8, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_spec_with_errors_is_a_422_problem_naming_line_and_column()
    {
        var (app, http) = await Start();
        await using var _ = app;
        var problem = await Problem(await http.PostAsync("/render/png", Yaml(Seed.Replace("width: 1600", "width: lots"))), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("request(8,8): error DG0004: ", problem.GetProperty("errors")[0].GetString());
        var audit = await Problem(await http.PostAsync("/render/svg", Yaml(File.ReadAllText(Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml")))), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("contrast", audit.GetProperty("errors")[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nothing_in_a_request_reaches_the_file_system()
    {
        var (app, http) = await Start();
        await using var _ = app;
        // The repository's own icon file, next to the spec folder: a request has no folder, so it is never read.
        var problem = await Problem(await http.PostAsync("/render/png", Yaml(Seed.Replace("icon: blood-drop", "icon: ./specs/custom-icons/drop.svg"))), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("DG0022", problem.GetProperty("errors")[0].GetString());
        Assert.Contains("without a folder", problem.GetProperty("errors")[0].GetString());
    }

    public static TheoryData<string> BadQueries => new()
    {
        "/render/gif", "/render/png?scale=9", "/render/svg?scale=2", "/render/png?layout=diagonal", "/render/png?theme=neon",
        "/render/alt?format=html", "/render/description?format=pdf", "/render/png?colour=red", "/check?level=AAA",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_request_for_what_is_not_drawn_is_a_400_problem(string url)
    {
        var (app, http) = await Start();
        await using var _ = app;
        await Problem(await http.PostAsync(url, Yaml(Seed)), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_bodies_are_refused_before_they_are_read()
    {
        var (app, http) = await Start(ServeOptions.Default with { MaxBodyBytes = 64 * 1024, ReadTimeout = TimeSpan.FromMilliseconds(300) });
        await using var _ = app;
        await Problem(await http.PostAsync("/render/png", Yaml(new string('#', 65 * 1024))), HttpStatusCode.RequestEntityTooLarge);
        // Without a length, the limit holds on the bytes actually sent.
        var chunked = new StreamContent(new MemoryStream(new byte[200 * 1024]));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        await Problem(await http.PostAsync("/render/png", chunked), HttpStatusCode.RequestEntityTooLarge);
        await Problem(await http.PostAsync("/render/png", Yaml("")), HttpStatusCode.BadRequest);
        await Problem(await http.PostAsync("/render/png", new ByteArrayContent([0x69, 0x64, 0x3A, 0xC3, 0x28]) { Headers = { ContentType = new("text/yaml") } }), HttpStatusCode.BadRequest);
        await Problem(await http.PostAsync("/render/png", new StringContent(Seed, Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType);

        var slow = new StreamContent(new SlowStream(Encoding.UTF8.GetBytes(Seed), TimeSpan.FromMilliseconds(100)));
        slow.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        var clock = Stopwatch.StartNew();
        await Problem(await http.PostAsync("/render/png", slow), HttpStatusCode.RequestTimeout);
        // Sent whole, the body would take Seed.Length × 100 ms (about 4 minutes); cut off at the 300 ms
        // limit it ends far sooner. The bound is a tenth of the whole, since a busy test machine delays timers.
        var whole = TimeSpan.FromMilliseconds(100) * Encoding.UTF8.GetByteCount(Seed);
        Assert.True(clock.Elapsed < whole / 10, $"a slow body held the request {clock.Elapsed} (sent whole: {whole})");
    }

    [Fact]
    public async Task An_alias_bomb_is_answered_quickly()
    {
        var (app, http) = await Start();
        await using var _ = app;
        var laughs = new StringBuilder("version: 1\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++) laughs.Append($"a{i}: &a{i} [" + string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n");
        var clock = Stopwatch.StartNew();
        var problem = await Problem(await http.PostAsync("/render/png", Yaml(laughs.ToString())), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("DG0015", problem.GetProperty("errors")[0].GetString());
        // Expanded, the bomb is 9^10 strings and never ends; refused, it takes milliseconds (bound loose for a busy machine).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task When_every_slot_and_the_queue_are_taken_it_answers_503_with_retry_after()
    {
        var (app, http) = await Start(ServeOptions.Default with { Folder = Repo.Specs, Concurrency = 1, Queue = 0, RatePerSecond = 0 });
        await using var _ = app;
        using var slot = app.Services.GetRequiredService<ConcurrencyLimiter>().AttemptAcquire(); // a render in progress
        Assert.True(slot.IsAcquired);
        foreach (var busy in new[] { await http.PostAsync("/render/png", Yaml(Seed)), await http.GetAsync("/infographics/car-t-cell-therapy.png") })
        {
            await Problem(busy, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("1", busy.Headers.GetValues("Retry-After").Single());
        }
        Assert.Equal("ok\n", await http.GetStringAsync("/healthz")); // health checks never wait for a slot
    }

    [Fact]
    public async Task A_request_waits_in_the_queue_no_longer_than_a_render_may_take()
    {
        var (app, http) = await Start(ServeOptions.Default with { Concurrency = 1, Queue = 4, Timeout = TimeSpan.FromMilliseconds(300) });
        await using var _ = app;
        using var slot = app.Services.GetRequiredService<ConcurrencyLimiter>().AttemptAcquire();
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync("/render/alt", Yaml(Seed));
        var problem = await Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("No render slot came free", problem.GetProperty("detail").GetString());
        // It waited for the limit, and not for the slot, which this test never gives back until below.
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        slot.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/render/alt", Yaml(Seed))).StatusCode);
    }

    [Fact]
    public async Task A_render_past_its_time_is_answered_503()
    {
        // No time at all: a timer-based limit would race the render on a busy test machine.
        var (app, http) = await Start(ServeOptions.Default with { Timeout = TimeSpan.Zero });
        await using var _ = app;
        using var response = await http.PostAsync("/render/png?scale=4", Yaml(Seed));
        await Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task One_address_is_held_to_its_rate()
    {
        var (app, http) = await Start(ServeOptions.Default with { RatePerSecond = 1 });
        await using var _ = app;
        // Twenty at once against a bucket of two that gains one a second: however slow the machine,
        // far fewer than twenty pass. The refused are told when to come back.
        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.PostAsync("/render/alt", Yaml(Seed))));
        var passed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(passed, 1, 2 + (int)Math.Ceiling(clock.Elapsed.TotalSeconds));
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await Problem(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("ok\n", await http.GetStringAsync("/healthz")); // health checks are never limited
    }

    [Fact]
    public async Task A_folder_is_served_as_the_infographics_endpoint_serves_it()
    {
        var (app, http) = await Start();
        await using var _ = app;
        using var response = await http.GetAsync("/infographics/car-t-cell-therapy.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/infographics/car-t-cell-therapy.png");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--queue", "-1")]
    [InlineData("--timeout", "ten")]
    [InlineData("--max-body", "4096")]
    [InlineData("--rate", "1.5")]
    [InlineData("--urls", "https://0.0.0.0:443")]
    [InlineData("--colour", "red")]
    public void Bad_options_are_usage_errors_naming_the_option(string option, string value)
    {
        var (options, problem) = ServeCommand.Parse([option, value]);
        Assert.Null(options);
        Assert.Contains(option == "--colour" ? "--colour" : option, problem);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_code_1()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, Cli.CommandLine.Run(["serve", "--urls", url], stdout, stderr));
        Assert.StartsWith($"doctoury-graphics: cannot listen on {url}:", stderr.ToString());
    }

    /// <summary>A client that sends its body a byte at a time.</summary>
    private sealed class SlowStream(byte[] bytes, TimeSpan delay) : Stream
    {
        private int _position;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= bytes.Length) return 0;
            await Task.Delay(delay, cancellationToken);
            buffer.Span[0] = bytes[_position++];
            return 1;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
