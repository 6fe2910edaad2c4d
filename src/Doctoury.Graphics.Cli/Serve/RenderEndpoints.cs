using System.Text;
using System.Threading.RateLimiting;
using Doctoury.Graphics.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Doctoury.Graphics.Cli.Serve;

/// <summary>
/// <c>POST /render/{kind}</c> and <c>POST /check</c>. A spec from a request is parsed as text with
/// no folder: it can name bundled icons only, and nothing in it reaches the file system or the network.
/// </summary>
internal sealed class RenderEndpoints(ServeOptions options, ConcurrencyLimiter gate, ILogger logger)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>What diagnostics call a spec that came in a request.</summary>
    public const string RequestName = "request";

    public async Task Render(HttpContext context)
    {
        var (request, problem) = RenderRequest.Parse((string)context.Request.RouteValues["kind"]!, context.Request.Query);
        if (request is null)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "The request asks for something the service does not draw.", problem);
            return;
        }
        await WithSpec(context, async (yaml, cancel) =>
        {
            var result = await Limited(context, () =>
            {
                var parsed = Infographic.Parse(yaml, RequestName);
                if (parsed.Infographic is not { } infographic) return (Problems: parsed.Diagnostics, Output: (Rendered?)null);
                var cut = ThemeOption.Apply(infographic, request.Theme).WithOrientation(request.Cut);
                var audit = LayoutOption.Audit(cut, [request.Cut], AuditLevel.AA);
                if (audit.Findings.Count > 0) return (AuditOutput.ToDiagnostics(audit, RequestName, DiagnosticSeverity.Error), null);
                return ([], Draw(cut, request));
            });
            if (!result.Done) return;
            var (problems, output) = result.Value;
            if (output is null)
            {
                await ProblemResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "The spec has errors.", "Each error gives its line and column in the request body.", problems.Select(d => d.ToString()));
                return;
            }
            var response = context.Response;
            response.ContentType = output.ContentType;
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            if (request.Kind == "svg") response.Headers.ContentSecurityPolicy = OutputHeaders.SvgPolicy;
            else if (output.ContentType.StartsWith("text/html", StringComparison.Ordinal)) response.Headers.ContentSecurityPolicy = OutputHeaders.HtmlPolicy;
            response.ContentLength = output.Bytes.Length;
            await response.Body.WriteAsync(output.Bytes, cancel);
        });
    }

    public async Task Check(HttpContext context)
    {
        if (context.Request.Query.Count > 0)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "check takes no query parameters.");
            return;
        }
        await WithSpec(context, async (yaml, cancel) =>
        {
            var (done, report) = await Limited(context, () =>
            {
                var parsed = Infographic.Parse(yaml, RequestName);
                var audit = parsed.Infographic is { } infographic ? AuditOutput.ToDiagnostics(LayoutOption.Audit(infographic, LayoutOption.Both, AuditLevel.AA), RequestName, DiagnosticSeverity.Error) : [];
                return new SpecReport(RequestName, parsed.Infographic?.Id, [.. parsed.Diagnostics, .. audit], []);
            });
            if (!done) return;
            using var text = new StringWriter();
            DiagnosticReport.WriteJson(text, "check", [report]);
            var bytes = Utf8.GetBytes(text.ToString());
            context.Response.ContentType = "application/json";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, cancel);
        });
    }

    private static Rendered Draw(Infographic cut, RenderRequest request)
    {
        switch (request.Kind)
        {
            case "png":
                using (var memory = new MemoryStream())
                {
                    cut.RenderPng(memory, request.Scale, onAllCores: false); // the gate already keeps one render per core
                    return new(memory.ToArray(), "image/png");
                }
            case "svg":
                return new(Utf8.GetBytes(cut.RenderSvg()), "image/svg+xml");
            case "alt":
                return new(Utf8.GetBytes(cut.AltText + "\n"), "text/plain; charset=utf-8");
            case "description":
                var described = cut.Describe();
                return request.Html ? new(Utf8.GetBytes(described.Html), "text/html; charset=utf-8")
                    : request.Text ? new(Utf8.GetBytes(described.PlainText), "text/plain; charset=utf-8")
                    : new(Utf8.GetBytes(described.Markdown), "text/markdown; charset=utf-8");
            default:
                // The file names render writes, so the figure fits beside the PNGs of the same spec.
                var id = cut.Id;
                return new(Utf8.GetBytes(cut.FigureHtml($"{id}.png", $"{id}@2x.png", $"{id}.vertical.png", $"{id}.vertical@2x.png")), "text/html; charset=utf-8");
        }
    }

    private sealed record Rendered(byte[] Bytes, string ContentType);

    /// <summary>Reads the body under its limits, or answers with the problem.</summary>
    private async Task WithSpec(HttpContext context, Func<string, CancellationToken, Task> handle)
    {
        var body = await RequestBody.ReadAsync(context, options);
        if (body.Yaml is null)
        {
            await ProblemResponse.WriteAsync(context, body.Status, body.Title!, body.Detail);
            return;
        }
        await handle(body.Yaml, context.RequestAborted);
    }

    /// <summary>
    /// Runs CPU work under the gate and the time limit; not done when the request was answered 503 instead.
    /// A render past its time keeps its slot until it ends, so slow specs cannot pile up on the cores.
    /// </summary>
    private async Task<(bool Done, T Value)> Limited<T>(HttpContext context, Func<T> work)
    {
        if (await Enter(context) is not { } lease) return (false, default!);
        var task = Task.Run(work);
        _ = task.ContinueWith(done => { _ = done.Exception; lease.Dispose(); }, TaskScheduler.Default);
        try
        {
            return (true, await task.WaitAsync(options.Timeout, context.RequestAborted));
        }
        catch (TimeoutException)
        {
            logger.LogWarning("A request to {Path} took longer than {Seconds} s and was answered 503.", context.Request.Path, options.Timeout.TotalSeconds);
            await Busy(context, $"The render took longer than {options.Timeout.TotalSeconds:0} seconds.");
            return (false, default!);
        }
    }

    /// <summary>
    /// A render slot, waited for at most the render time limit; null when the request was answered
    /// 503 instead (the queue is full, or the wait was too long).
    /// </summary>
    public async Task<RateLimitLease?> Enter(HttpContext context)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        patience.CancelAfter(options.Timeout);
        RateLimitLease lease;
        try
        {
            lease = await gate.AcquireAsync(1, patience.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await Busy(context, $"No render slot came free within {options.Timeout.TotalSeconds:0} seconds.");
            return null;
        }
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        await Busy(context, "Every render slot and the queue behind them are taken.");
        return null;
    }

    public static async Task Busy(HttpContext context, string detail)
    {
        context.Response.Headers.RetryAfter = "1";
        await ProblemResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The service is busy.", detail + " Try again in a second.");
    }
}
