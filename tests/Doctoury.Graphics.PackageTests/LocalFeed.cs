using System.Diagnostics;
using Xunit.Abstractions;

namespace Doctoury.Graphics.PackageTests;

/// <summary>
/// A temporary folder with a package feed of its own: packs projects of this repository into it under
/// a version no other run used (so no package cache serves an older build of the same number), writes
/// nuget.config files that take Doctoury.* from it only, and runs dotnet.
/// </summary>
internal sealed class LocalFeed(ITestOutputHelper output, string prefix) : IDisposable
{
    public string Work { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Version { get; } = "0.0.0-" + prefix.Trim('-') + "." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    public string Feed => Path.Combine(Work, "feed");

    public void Dispose()
    {
        try { Directory.Delete(Work, true); } catch (IOException) { }
    }

    public static string Repo
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

    public (int Code, string Output) Dotnet(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var text = stdout.Result + stderr.Result;
        output.WriteLine($"dotnet {string.Join(' ', args)} -> {process.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s");
        return (process.ExitCode, text);
    }

    public void Pack(string project, params string[] extra)
    {
        var (code, text) = Dotnet(Repo, null, ["pack", Path.Combine(Repo, "src", project), "-c", "Release", "-o", Feed, $"-p:Version={Version}", .. extra]);
        Assert.True(code == 0, text);
    }

    public void WriteNugetConfig(string folder) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
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
}

/// <summary>
/// Tests that pack build the same projects into the same bin and obj folders (the tool's
/// framework-dependent publish among them), so they take turns.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packing";
}
