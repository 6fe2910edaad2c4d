using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Doctoury.Graphics.PackageTests;

/// <summary>
/// What a user gets from the packages, before a user gets it: the library and the tool are packed
/// into a local folder, a fresh project outside this repository references the library from that
/// folder only (other packages come from NuGet as usual), renders the seed spec and checks the
/// outputs; then the tool is installed from the same folder and runs <c>render</c>. A missing
/// native asset or resource fails here.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class ConsumerTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalFeed _feed = new(output, "dg-consumer-");

    public void Dispose() => _feed.Dispose();

    private string Work => _feed.Work;

    private string PackageVersion => _feed.Version;

    private string Feed => _feed.Feed;

    private static string Seed => Path.Combine(LocalFeed.Repo, "specs", "car-t-cell-therapy.yaml");

    [Fact]
    public void A_fresh_project_renders_the_seed_spec_with_the_package_from_the_local_folder_only()
    {
        _feed.Pack("Doctoury.Graphics");
        var app = Path.Combine(Work, "app");
        Directory.CreateDirectory(app);
        _feed.WriteNugetConfig(app);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><PackageReference Include="Doctoury.Graphics" Version="{PackageVersion}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Doctoury.Graphics;
            var infographic = Infographic.Load(args[0]);
            Directory.CreateDirectory(args[1]);
            File.WriteAllBytes(Path.Combine(args[1], "seed.png"), infographic.RenderPng(2));
            File.WriteAllText(Path.Combine(args[1], "seed.svg"), infographic.RenderSvg());
            Console.WriteLine(infographic.AltText);
            Console.WriteLine(infographic.Audit().Passed ? "audit passed" : "audit failed");
            """);
        var outDir = Path.Combine(Work, "app-out");
        var (code, text) = _feed.Dotnet(app, null, "run", "--", Seed, outDir);
        Assert.True(code == 0, text);
        Assert.Contains("Process diagram: CAR T-cell therapy", text);
        Assert.Contains("audit passed", text);
        using var png = SkiaSharp.SKBitmap.Decode(Path.Combine(outDir, "seed.png"));
        Assert.Equal(3200, png.Width);
        Assert.Equal("img", XDocument.Load(Path.Combine(outDir, "seed.svg")).Root!.Attribute("role")?.Value);

        var assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains(Feed.Replace("\\", "\\\\"), assets); // Doctoury.Graphics came from the local folder
    }

    /// <summary>
    /// The tool as .NET 10 RID-specific packages: the small package users name points at a Native
    /// AOT package per runtime and at <c>any</c>, the framework-dependent fallback. Installed from
    /// the local folder, this machine's runtime gets the native binary (no dotnet host in between);
    /// the fallback, installed by its own id, runs the same commands.
    /// </summary>
    [Fact]
    public void The_tool_installs_from_the_local_folder_as_a_native_binary_and_renders()
    {
        _feed.Pack("Doctoury.Graphics.Cli");
        _feed.Pack("Doctoury.Graphics.Cli", "-r", "any");
        // Native AOT links with clang; without it (and outside CI, which installs it) only the fallback is tried.
        var native = RuntimeInformation.RuntimeIdentifier == "linux-x64" && (OnPath("clang") || Environment.GetEnvironmentVariable("CI") is { Length: > 0 });
        if (native) _feed.Pack("Doctoury.Graphics.Cli", "-r", "linux-x64");
        else output.WriteLine("No native package on this machine (needs linux-x64 and clang): the pointer package installs the fallback.");

        var exe = Install("Doctoury.Graphics.Cli", "tools");
        if (native)
        {
            var package = new FileInfo(Directory.GetFiles(Feed, $"Doctoury.Graphics.Cli.linux-x64.{PackageVersion}.nupkg").Single());
            Assert.True(package.Length <= 20_000_000, $"the linux-x64 tool package is {package.Length:N0} bytes; at most 20 MB");
            var target = new FileInfo(exe).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? exe;
            Assert.Contains("linux-x64", target);
            var head = new byte[4];
            using (var binary = File.OpenRead(target)) binary.ReadExactly(head);
            Assert.Equal("\u007fELF", System.Text.Encoding.ASCII.GetString(head));
            Assert.False(File.Exists(Path.ChangeExtension(target, ".dll")), "the native package carries a managed entry point");
        }
        RenderSeedWith(exe, "tool-out");
        RenderSeedWith(Install("Doctoury.Graphics.Cli.any", "tools-any"), "tool-any-out");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));

    private string Install(string id, string folder)
    {
        var tools = Path.Combine(Work, folder);
        var config = Path.Combine(Work, "tool-config");
        Directory.CreateDirectory(config);
        _feed.WriteNugetConfig(config);
        // A package cache of its own: the tool carries every native library, so nothing else is fetched.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Work, "tool-packages") };
        var (code, text) = _feed.Dotnet(config, environment, "tool", "install", id, "--tool-path", tools, "--version", PackageVersion, "--configfile", Path.Combine(config, "nuget.config"));
        Assert.True(code == 0, text);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "doctoury-graphics.exe" : "doctoury-graphics");
    }

    private void RenderSeedWith(string exe, string folder)
    {
        var outDir = Path.Combine(Work, folder);
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "render", Seed, "--out", outDir }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var all = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, all);
        foreach (var file in new[] { "car-t-cell-therapy@2x.png", "car-t-cell-therapy.vertical@2x.png", "car-t-cell-therapy.svg", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(outDir, file)), $"{exe} did not write {file}: {all}");
        using var png = SkiaSharp.SKBitmap.Decode(Path.Combine(outDir, "car-t-cell-therapy.png"));
        Assert.Equal(1600, png.Width);
        Assert.Equal("img", XDocument.Load(Path.Combine(outDir, "car-t-cell-therapy.svg")).Root!.Attribute("role")?.Value);

        var version = new ProcessStartInfo(exe) { RedirectStandardOutput = true };
        version.ArgumentList.Add("--version");
        using var v = Process.Start(version)!;
        Assert.StartsWith(PackageVersion, v.StandardOutput.ReadToEnd().Trim());
    }
}
