using BenchmarkDotNet.Attributes;
using Doctoury.Graphics;
using Doctoury.Graphics.Layout;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Benchmarks;

/// <summary>
/// Renders the seed spec. <see cref="Parse"/> is the baseline, so every other row reads as a
/// ratio measured in the same run (absolute times drift on shared machines).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RenderBenchmarks
{
    private string _yaml = "";
    private Infographic _infographic = null!;
    private Infographic _eightSteps = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(SeedPath());
        _infographic = Infographic.FromYaml(_yaml);
        _ = _infographic.RenderPng(1); // warm the font, icon and Svg.Skia caches once
        // Eight steps at 1200 px wrap into two rows: the arrangement search at its busiest.
        _eightSteps = Infographic.FromYaml(File.ReadAllText(Path.Combine(Path.GetDirectoryName(SeedPath())!, "eight-steps.yaml")).Replace("lang: en\n", "lang: en\nwidth: 1200\n"));
    }

    [Benchmark(Baseline = true)]
    public object Parse() => SpecParser.Parse(_yaml, "seed.yaml", folder: null);

    /// <summary>Hostile input must cost about what a real spec costs: refused on the parser's events.</summary>
    [Benchmark]
    public object ParseAliasBomb() => SpecParser.Parse(AliasBomb, "bomb.yaml", folder: null);

    [Benchmark]
    public object ParseHugeScalar() => SpecParser.Parse(HugeScalar, "huge.yaml", folder: null);

    private static readonly string AliasBomb = "version: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n"));

    private static readonly string HugeScalar = "version: 1\nid: demo\ntitle: " + new string('x', 900_000) + "\n";

    [Benchmark]
    public object Layout() => InfographicLayout.Build(_infographic.Spec, SkiaTextMeasurer.Instance);

    [Benchmark]
    public object LayoutVertical() => InfographicLayout.Build(_infographic.Spec, SkiaTextMeasurer.Instance, Orientation.Vertical);

    [Benchmark]
    public object LayoutWrappedRows() => InfographicLayout.Build(_eightSteps.Spec, SkiaTextMeasurer.Instance);

    [Benchmark]
    public object Audit() => _infographic.Audit();

    [Benchmark]
    public string Svg() => Infographic.FromYaml(_yaml).RenderSvg();

    [Benchmark]
    public byte[] Png() => Infographic.FromYaml(_yaml).RenderPng(1);

    [Benchmark]
    public byte[] Png2x() => Infographic.FromYaml(_yaml).RenderPng(2);

    internal static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "specs", "car-t-cell-therapy.yaml");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("specs/car-t-cell-therapy.yaml not found above the benchmark binaries.");
    }
}
