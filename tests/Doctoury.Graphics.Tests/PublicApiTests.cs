using PublicApiGenerator;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>The library's public API as text: any change to it shows up in review as a snapshot diff.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_what_the_snapshot_says()
    {
        var api = typeof(Infographic).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Snapshot.Text(api.ReplaceLineEndings("\n") + "\n", "txt");
    }

    [Fact]
    public void The_aspnetcore_packages_public_api_is_what_the_snapshot_says()
    {
        var api = typeof(Doctoury.Graphics.AspNetCore.InfographicEndpoints).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Snapshot.Text(api.ReplaceLineEndings("\n") + "\n", "txt");
    }
}
