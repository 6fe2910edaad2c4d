using BenchmarkDotNet.Attributes;

namespace Doctoury.Graphics.Benchmarks;

/// <summary>
/// Whole jobs as a site or a build runs them in process, warm. <see cref="Png1x"/> (the seed's 1x PNG
/// from its YAML) is the baseline. <see cref="Bundle"/> is the seed's horizontal bundle: PNG 1x and
/// 2x, SVG, alt text and both descriptions, spread over the cores with the 2x PNG first, as the CLI
/// does. <see cref="Batch100"/> renders 100 distinct specs (the seed with 100 ids) to PNG 1x, SVG and
/// alt text on every core: 100 divided by its time is the number of bundles per second.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BundleBenchmarks
{
    private string _yaml = "";
    private string[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(RenderBenchmarks.SeedPath());
        _batch = [.. Enumerable.Range(0, 100).Select(i => _yaml.Replace("id: car-t-cell-therapy", $"id: car-t-{i}"))];
        _ = Bundle();
    }

    [Benchmark(Baseline = true)]
    public byte[] Png1x() => Infographic.FromYaml(_yaml).RenderPng(1);

    [Benchmark]
    public long Bundle()
    {
        var infographic = Infographic.FromYaml(_yaml);
        byte[] png2x = [], png1x = [];
        string svg = "", alt = "", markdown = "", html = "";
        Parallel.Invoke(
            () => png2x = infographic.RenderPng(2),
            () => png1x = infographic.RenderPng(1),
            () => svg = infographic.RenderSvg(),
            () => (alt, markdown, html) = (infographic.AltText, infographic.Describe().Markdown, infographic.Describe().Html));
        return png2x.Length + png1x.Length + svg.Length + alt.Length + markdown.Length + html.Length;
    }

    [Benchmark]
    public long Batch100()
    {
        long bytes = 0;
        Parallel.ForEach(_batch, yaml =>
        {
            var infographic = Infographic.FromYaml(yaml);
            Interlocked.Add(ref bytes, infographic.RenderPng(1).Length + infographic.RenderSvg().Length + infographic.AltText.Length);
        });
        return bytes;
    }
}
