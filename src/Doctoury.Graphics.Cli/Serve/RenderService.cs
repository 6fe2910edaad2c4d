using System.Net;
using System.Threading.RateLimiting;
using Doctoury.Graphics.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Doctoury.Graphics.Cli.Serve;

/// <summary>
/// The render service: Kestrel with the slim builder (no reflection, so the native tool keeps it),
/// every limit set before a request reaches a handler, and no state but caches, so replicas behind
/// any load balancer are interchangeable.
/// </summary>
internal static class RenderService
{
    /// <param name="options">Limits and where to listen.</param>
    /// <param name="configure">For tests: for example an in-memory server instead of Kestrel's sockets.</param>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.WebHost.UseUrls(options.Urls.Split(';'));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = options.ReadTimeout;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            kestrel.Limits.MaxConcurrentConnections = 1024;
            // A body trickling in under 1 KB/s after two seconds' grace is cut off (408).
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1024, TimeSpan.FromSeconds(2));
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start that fails (a port in use) is said in one line by the command, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.RatePerSecond <= 0 || context.Request.Path.StartsWithSegments("/healthz")
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RatePerSecond * 2,
                        TokensPerPeriod = options.RatePerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.OnRejected = async (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                await ProblemResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests from this address.", $"At most {options.RatePerSecond} a second.");
            };
        });
        if (options.Folder is { } folder) builder.Services.AddInfographics(o => o.SpecFolder = Path.GetFullPath(folder));
        // The render slots, as a service so a test can take them.
        var gate = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = options.Concurrency, QueueLimit = options.Queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
        builder.Services.AddSingleton(gate);
        configure?.Invoke(builder);

        var app = builder.Build();
        var endpoints = new RenderEndpoints(options, gate, app.Logger);
        app.UseRateLimiter();
        app.MapPost("/render/{kind}", endpoints.Render);
        app.MapPost("/check", endpoints.Check);
        if (options.Folder is not null)
        {
            // The folder's pictures are drawn on first request: under the same slots as POSTs.
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/infographics"), branch => branch.Use(async (context, next) =>
            {
                if (await endpoints.Enter(context) is not { } lease) return;
                using (lease) await next(context);
            }));
        }
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], context =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync("ok\n");
        });
        if (options.Folder is not null) app.MapInfographics("/infographics");
        app.Lifetime.ApplicationStopped.Register(gate.Dispose);
        return app;
    }

    /// <summary>
    /// The client's address, as one bucket per IPv4 address and per IPv6 /64 (one host usually holds a
    /// whole /64, so finer buckets would let it spread over millions). Behind a proxy every request
    /// carries the proxy's address: limit there, or turn this off with --rate 0.
    /// </summary>
    internal static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
