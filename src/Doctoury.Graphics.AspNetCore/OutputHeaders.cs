using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>The response headers of a served output, and the revalidation check.</summary>
internal static class OutputHeaders
{
    /// <summary>A year: URLs that carry the content hash never change what they name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Stored, but asked again each time (with the ETag): the spec may change on disk.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>
    /// Whoever opens an SVG on its own (a new tab, a download) gets a document that can run no
    /// script and load nothing: only its inline style and the fonts and images inside it.
    /// </summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; sandbox";

    /// <summary>
    /// The HTML fragments show the pictures of this site and run nothing. No <c>sandbox</c> here: it
    /// would make the page's origin opaque, and <c>'self'</c> would then match not even its own images.
    /// </summary>
    public const string HtmlPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    /// <summary>The headers a 304 repeats: the tag and how long the answer may be kept.</summary>
    public static void ApplyCaching(HttpResponse response, string etag, bool immutable)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = immutable ? Immutable : Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
    }

    public static void ApplyContent(HttpResponse response, RenderedOutput output, OutputKind kind)
    {
        var headers = response.Headers;
        if (kind == OutputKind.Svg) headers.ContentSecurityPolicy = SvgPolicy;
        else if (kind is OutputKind.DescriptionHtml or OutputKind.Figure) headers.ContentSecurityPolicy = HtmlPolicy;
        if (output.Language is { } language) headers.ContentLanguage = language;
        response.ContentType = output.ContentType;
    }

    /// <summary>
    /// True when the request's <c>If-None-Match</c> names this entity tag or is <c>*</c>. Weak
    /// comparison, as RFC 9110 §13.1.2 asks for this header: <c>W/"x"</c> matches <c>"x"</c>.
    /// </summary>
    public static bool NotModified(HttpRequest request, string etag)
    {
        var values = request.Headers.IfNoneMatch;
        if (values.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(values, out var tags)) return false;
        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
