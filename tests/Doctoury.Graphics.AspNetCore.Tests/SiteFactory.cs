using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Doctoury.Graphics.AspNetCore.Tests;

/// <summary>The sample site in memory, over real HTTP semantics, with its specs in a folder of the test's choosing.</summary>
internal sealed class SiteFactory(string? specFolder = null, string environment = "Production", Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (specFolder is not null) builder.UseSetting("Infographics:SpecFolder", specFolder);
        configure?.Invoke(builder);
    }
}

internal static class Repo
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Doctoury.Graphics.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("Could not find Doctoury.Graphics.sln above the test binaries.");
        }
    }

    public static string Seed => Path.Combine(Root, "specs", "car-t-cell-therapy.yaml");

    /// <summary>A temporary spec folder holding copies of the given repository specs.</summary>
    public static string Folder(params string[] specs)
    {
        var folder = Directory.CreateTempSubdirectory("dg-site-").FullName;
        foreach (var spec in specs) File.Copy(Path.Combine(Root, "specs", spec), Path.Combine(folder, spec));
        return folder;
    }
}
