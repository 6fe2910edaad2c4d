using Xunit.Abstractions;

namespace Doctoury.Graphics.PackageTests;

/// <summary>
/// Doctoury.Graphics.Build as a user gets it: packed into a local folder, referenced by a fresh
/// project with <c>&lt;Infographic Include="specs/*.yaml" /&gt;</c>, built four times. The first build
/// renders both specs, the second starts no render at all, an edited spec renders alone, and a broken
/// spec fails the build with errors in the <c>file(line,col)</c> form IDEs link to.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class BuildTargetsTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalFeed _feed = new(output, "dg-build-");

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void BuildTargets_render_on_build_incrementally_and_fail_on_a_broken_spec()
    {
        _feed.Pack("Doctoury.Graphics.Build");
        var app = Path.Combine(_feed.Work, "app");
        var specs = Directory.CreateDirectory(Path.Combine(app, "specs")).FullName;
        _feed.WriteNugetConfig(app);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Doctoury.Graphics.Build" Version="{_feed.Version}" />
                <Infographic Include="specs/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        foreach (var name in new[] { "car-t-cell-therapy.yaml", "two-steps.yaml" })
            File.Copy(Path.Combine(LocalFeed.Repo, "specs", name), Path.Combine(specs, name));
        var edited = Path.Combine(specs, "two-steps.yaml");
        var outDir = Path.Combine(app, "wwwroot", "infographics");

        // 1. Both specs render (two-steps.yaml has the id blood-test, which names its files).
        var first = Build(app);
        Assert.True(first.Code == 0, first.Output);
        Assert.Contains("rendering car-t-cell-therapy.yaml, two-steps.yaml into", first.Output);
        foreach (var file in new[] { "car-t-cell-therapy.png", "car-t-cell-therapy.svg", "car-t-cell-therapy.figure.html", "blood-test@2x.png", "blood-test.alt.txt", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(outDir, file)), $"no {file} after the first build: {first.Output}");
        var afterFirst = WriteTimes(outDir);

        // 2. Nothing changed: MSBuild skips the target, so the tool never starts.
        var second = Build(app);
        Assert.True(second.Code == 0, second.Output);
        Assert.Contains("Skipping target \"RenderInfographics\" because all output files are up-to-date", second.Output);
        Assert.DoesNotContain("doctoury-graphics.dll\" render", second.Output);
        Assert.Equal(afterFirst, WriteTimes(outDir));

        // 3. One spec edited: the target runs for it alone, and only its files are written (the tool
        //    is given both specs, for its duplicate-id check, and skips the unchanged one by its hash).
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("\ntitle: ", "\ntitle: Edited "));
        var third = Build(app);
        Assert.True(third.Code == 0, third.Output);
        Assert.Contains("Building target \"RenderInfographics\" partially", third.Output);
        Assert.Contains("rendering two-steps.yaml into", third.Output);
        var afterThird = WriteTimes(outDir);
        foreach (var (file, time) in afterFirst)
        {
            if (file.StartsWith("car-t-cell-therapy", StringComparison.Ordinal)) Assert.True(afterThird[file] == time, $"{file} was written again");
            if (file.StartsWith("blood-test", StringComparison.Ordinal)) Assert.True(afterThird[file] > time, $"{file} was not written again");
        }
        Assert.Contains("Edited", File.ReadAllText(Path.Combine(outDir, "blood-test.alt.txt")));

        // 4. A misspelt key: the build fails, pointing at the spec's full path, line and column.
        var lines = File.ReadAllLines(edited);
        var line = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal)) + 1;
        File.WriteAllLines(edited, lines.Select(l => l.StartsWith("title: ", StringComparison.Ordinal) ? "titel: " + l[7..] : l));
        var fourth = Build(app);
        Assert.True(fourth.Code != 0, fourth.Output);
        Assert.Contains($"{edited}({line},1): error DG0002: Unknown key 'titel'", fourth.Output);
        Assert.Contains("error DG0003", fourth.Output);
        var afterFourth = WriteTimes(outDir);
        foreach (var (file, time) in afterThird.Where(f => f.Key != "manifest.json"))
            Assert.True(afterFourth[file] == time, $"{file} was written by a failed build"); // earlier outputs of the failed spec are kept

        // The failed spec stays out of date: the next build tries it again instead of passing silently.
        var fifth = Build(app);
        Assert.True(fifth.Code != 0, fifth.Output);
        Assert.Contains($"{edited}({line},1): error DG0002", fifth.Output);

        // 6. Fixed, and a new spec takes the id of an unchanged one: the build fails, though only the new spec changed.
        File.WriteAllLines(edited, lines);
        File.Copy(Path.Combine(specs, "car-t-cell-therapy.yaml"), Path.Combine(specs, "copy.yaml"));
        var sixth = Build(app);
        Assert.True(sixth.Code != 0, sixth.Output);
        Assert.Contains("error DG0025", sixth.Output);
    }

    // Normal verbosity shows MSBuild's reason for skipping or partly running a target. A package cache
    // of its own: the package needs nothing else from NuGet, and it leaves with the temporary folder.
    private (int Code, string Output) Build(string app) =>
        _feed.Dotnet(app, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_feed.Work, "packages") }, "build", "-v", "n");

    private static Dictionary<string, DateTime> WriteTimes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
}
