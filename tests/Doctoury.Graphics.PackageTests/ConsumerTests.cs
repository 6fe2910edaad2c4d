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
    private readonly string _work = Directory.CreateTempSubdirectory("dg-consumer-").FullName;

    // A version of its own, so the global package cache never serves an older build of the same number.
    private readonly string _version = "0.0.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try { Directory.Delete(_work, true); } catch (IOException) { }
    }

    private static string Repo
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

    private string Feed => Path.Combine(_work, "feed");

    private string Seed => Path.Combine(Repo, "specs", "car-t-cell-therapy.yaml");

    private (int Code, string Output) Dotnet(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var text = stdout.Result + stderr.Result;
        output.WriteLine($"dotnet {string.Join(' ', args)} -> {process.ExitCode}");
        return (process.ExitCode, text);
    }

    private void Pack(string project, params string[] extra)
    {
        var (code, text) = Dotnet(Repo, null, ["pack", Path.Combine(Repo, "src", project), "-c", "Release", "-o", Feed, $"-p:Version={_version}", .. extra]);
        Assert.True(code == 0, text);
    }

    private void WriteNugetConfig(string folder) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local"><package pattern="Doctoury.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """);

    [Fact]
    public void A_fresh_project_renders_the_seed_spec_with_the_package_from_the_local_folder_only()
    {
        Pack("Doctoury.Graphics");
        var app = Path.Combine(_work, "app");
        Directory.CreateDirectory(app);
        WriteNugetConfig(app);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><PackageReference Include="Doctoury.Graphics" Version="{_version}" /></ItemGroup>
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
        var outDir = Path.Combine(_work, "app-out");
        var (code, text) = Dotnet(app, null, "run", "--", Seed, outDir);
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
        Pack("Doctoury.Graphics.Cli");
        Pack("Doctoury.Graphics.Cli", "-r", "any");
        // Native AOT links with clang; without it (and outside CI, which installs it) only the fallback is tried.
        var native = RuntimeInformation.RuntimeIdentifier == "linux-x64" && (OnPath("clang") || Environment.GetEnvironmentVariable("CI") is { Length: > 0 });
        if (native) Pack("Doctoury.Graphics.Cli", "-r", "linux-x64");
        else output.WriteLine("No native package on this machine (needs linux-x64 and clang): the pointer package installs the fallback.");

        var exe = Install("Doctoury.Graphics.Cli", "tools");
        if (native)
        {
            var package = new FileInfo(Directory.GetFiles(Feed, $"Doctoury.Graphics.Cli.linux-x64.{_version}.nupkg").Single());
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
        var tools = Path.Combine(_work, folder);
        var config = Path.Combine(_work, "tool-config");
        Directory.CreateDirectory(config);
        WriteNugetConfig(config);
        // A package cache of its own: the tool carries every native library, so nothing else is fetched.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "tool-packages") };
        var (code, text) = Dotnet(config, environment, "tool", "install", id, "--tool-path", tools, "--version", _version, "--configfile", Path.Combine(config, "nuget.config"));
        Assert.True(code == 0, text);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "doctoury-graphics.exe" : "doctoury-graphics");
    }

    private void RenderSeedWith(string exe, string folder)
    {
        var outDir = Path.Combine(_work, folder);
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
        Assert.StartsWith(_version, v.StandardOutput.ReadToEnd().Trim());
    }
}
