using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Doctoury.Graphics.AspNetCore;

/// <summary>Registers what the infographics endpoint and tag helper use.</summary>
public static class InfographicServices
{
    /// <summary>
    /// Adds the infographics cache and options. Specs come from the registered <see cref="IInfographicSource"/>
    /// if there is one, else from <see cref="InfographicsOptions.SpecFolder"/> under the content root.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, for example the spec folder.</param>
    public static IServiceCollection AddInfographics(this IServiceCollection services, Action<InfographicsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<InfographicsOptions>();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton<IInfographicSource>(provider =>
        {
            var folder = provider.GetRequiredService<IOptions<InfographicsOptions>>().Value.SpecFolder;
            var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new FolderInfographicSource(Path.Combine(root, folder));
        });
        services.TryAddSingleton<InfographicStore>();
        return services;
    }
}
