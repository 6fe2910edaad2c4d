using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>Maps the endpoint that serves every output of every spec.</summary>
public static class InfographicEndpoints
{
    /// <summary>
    /// Serves, under <paramref name="prefix"/>, each spec's outputs by the names <c>doctoury-graphics render</c>
    /// writes: <c>{id}.png</c>, <c>{id}@2x.png</c>, <c>{id}.vertical.png</c>, <c>{id}.vertical@2x.png</c>,
    /// <c>{id}.svg</c>, <c>{id}.vertical.svg</c>, <c>{id}.alt.txt</c>, <c>{id}.description.md</c>,
    /// <c>{id}.description.html</c> and <c>{id}.figure.html</c>. They are asked again each time
    /// (<c>Cache-Control: no-cache</c>, answered with <c>304</c> when the <c>ETag</c> matches). The same
    /// names under a version, <c>{prefix}/{hash}/{file}</c>, as the tag helper and the figure write them,
    /// are cached for a year as <c>immutable</c>; an old hash is redirected to the current one.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The path, for example <c>/infographics</c>.</param>
    /// <returns>The endpoint's conventions, for rate limiting, authorization or output caching.</returns>
    /// <exception cref="InvalidOperationException"><c>AddInfographics</c> was not called.</exception>
    public static IEndpointConventionBuilder MapInfographics(this IEndpointRouteBuilder endpoints, string prefix = "/infographics")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var store = endpoints.ServiceProvider.GetService<InfographicStore>()
            ?? throw new InvalidOperationException("Call builder.Services.AddInfographics() before app.MapInfographics(), so the endpoint has its specs, options and cache.");
        prefix = prefix.Trim('/') is { Length: > 0 } path ? "/" + path : ""; // "" at the site's root
        store.Prefix ??= prefix;
        return endpoints.MapMethods(prefix + "/{**file}", [HttpMethods.Get, HttpMethods.Head], context => Serve(context, store, prefix))
            .WithDisplayName("Doctoury.Graphics infographics");
    }

    private static async Task Serve(HttpContext context, InfographicStore store, string prefix)
    {
        var path = (string?)context.Request.RouteValues["file"] ?? "";
        var parts = path.Split('/');
        var version = parts.Length == 2 ? parts[0] : null;
        if (parts.Length > 2 || OutputName.Parse(parts[^1]) is not { } name || (name.Kind == OutputKind.Png && !store.Options.Scales.Contains(name.Scale)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        switch (await store.FindAsync(name.Id, context.RequestAborted))
        {
            case SpecLookup.NotFound:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            case SpecLookup.Failed failed:
                // The problems are in the log; a development machine shows them in the response too.
                var development = context.RequestServices.GetService<IHostEnvironment>()?.IsDevelopment() == true;
                await ProblemResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, "The infographic's spec has errors.",
                    development ? null : "The errors are in the application's log.", development ? failed.Problems : null);
                return;
            case SpecLookup.Ready spec:
                var urlBase = $"{context.Request.PathBase}{prefix}/{spec.Version}/";
                if (version is not null && version != spec.Version)
                {
                    context.Response.Headers.CacheControl = OutputHeaders.Revalidate;
                    context.Response.Redirect(urlBase + name, permanent: false, preserveMethod: true);
                    return;
                }
                var etag = InfographicStore.ETag(spec, name, urlBase);
                var immutable = version is not null;
                if (OutputHeaders.NotModified(context.Request, etag))
                {
                    // Answered without drawing: the tag names the version, not the bytes in the cache.
                    OutputHeaders.ApplyCaching(context.Response, etag, immutable);
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
                var output = await store.RenderAsync(spec, name, urlBase);
                OutputHeaders.ApplyCaching(context.Response, etag, immutable);
                OutputHeaders.ApplyContent(context.Response, output, name.Kind);
                context.Response.ContentLength = output.Bytes.Length;
                if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(output.Bytes, context.RequestAborted);
                return;
        }
    }

    /// <summary>The URL of one output of a ready spec, under its version, as the tag helper writes it.</summary>
    internal static string VersionedUrl(HttpContext context, string prefix, SpecLookup.Ready spec, string file) =>
        $"{context.Request.PathBase}{prefix}/{spec.Version}/{file}";
}
