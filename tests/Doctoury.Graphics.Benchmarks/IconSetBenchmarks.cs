using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Doctoury.Graphics.Assets;

namespace Doctoury.Graphics.Benchmarks;

/// <summary>
/// Opening the bundled icon set, which every run pays once. The baseline is how the library read
/// it before: a whole <see cref="JsonDocument"/> with a clone of every icon. <see cref="Index"/> is
/// today's read of the committed index (<see cref="IconSetIndex"/>); <see cref="IndexAndDrawSeedIcons"/>
/// adds parsing the seed's eight icons, which a render also pays.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IconSetBenchmarks
{
    private static readonly string[] SeedIcons = ["blood-drop", "dna", "blood-cells", "blood-bag", "virus-shield", "lymph-nodes", "alert-triangle", "calendar"];

    [Benchmark(Baseline = true)]
    public int WholeDocument()
    {
        using var stream = typeof(IconLibrary).Assembly.GetManifestResourceStream("Doctoury.Graphics.Icons.healthicons.json")!;
        using var document = JsonDocument.Parse(stream);
        var icons = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var icon in document.RootElement.GetProperty("icons").EnumerateObject()) icons[icon.Name] = icon.Value.Clone();
        return icons.Count;
    }

    [Benchmark]
    public bool Index() => IconLibrary.Load().Contains("blood-drop");

    [Benchmark]
    public int IndexAndDrawSeedIcons()
    {
        var library = IconLibrary.Load();
        var paths = 0;
        foreach (var name in SeedIcons) paths += library.Get(name).Paths.Length;
        return paths;
    }
}
