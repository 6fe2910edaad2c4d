using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>
/// <c>&lt;infographic id="car-t-cell-therapy" /&gt;</c> writes the spec's responsive figure: a
/// <c>&lt;picture&gt;</c> that serves the vertical cut to narrow screens, 1x and 2x PNGs with their
/// sizes, the alt text, and the long description in the caption. Its URLs carry the spec's hash,
/// so browsers keep the pictures for a year and fetch new ones the moment the spec changes.
/// Enable it with <c>@addTagHelper *, Doctoury.Graphics.AspNetCore</c>; it needs
/// <c>AddInfographics()</c> and <c>MapInfographics()</c>.
/// </summary>
[HtmlTargetElement("infographic", Attributes = "id", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InfographicTagHelper(IServiceProvider services) : TagHelper
{
    private readonly InfographicStore _store = services.GetService<InfographicStore>()
        ?? throw new InvalidOperationException("Call builder.Services.AddInfographics() so the <infographic> tag has specs to draw.");

    /// <summary>The spec's id.</summary>
    [HtmlAttributeName("id")]
    public string Id { get; set; } = "";

    /// <summary>The view, for the request's path base.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">In development, when the spec is missing or has errors (elsewhere it is logged and nothing is written).</exception>
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var prefix = _store.Prefix ?? throw new InvalidOperationException("Call app.MapInfographics(…) so the <infographic> tag has URLs to point at.");
        var lookup = await _store.FindAsync(Id, ViewContext.HttpContext.RequestAborted);
        if (lookup is not SpecLookup.Ready spec)
        {
            var problem = lookup is SpecLookup.Failed failed
                ? $"The infographic '{Id}' has errors:\n{string.Join('\n', failed.Problems)}"
                : $"There is no infographic with the id '{Id}'.";
            if (services.GetService<IHostEnvironment>()?.IsDevelopment() == true) throw new InvalidOperationException(problem);
            services.GetService<ILogger<InfographicTagHelper>>()?.LogError("{Problem}", problem);
            output.SuppressOutput();
            return;
        }
        var urlBase = InfographicEndpoints.VersionedUrl(ViewContext.HttpContext, prefix, spec, "");
        output.Content.SetHtmlContent(OutputRenderer.Figure(spec.Infographic, urlBase, [.. _store.Options.Scales]));
    }
}
