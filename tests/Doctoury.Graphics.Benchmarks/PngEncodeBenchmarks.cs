using BenchmarkDotNet.Attributes;
using Doctoury.Graphics.Rendering.Png;
using SkiaSharp;

namespace Doctoury.Graphics.Benchmarks;

/// <summary>
/// Encoding the seed's pixels at 2x: Skia's PNG encoder as the library used it (Sub filter, zlib 6,
/// RGBA) is the baseline; our writer (RGB, filter None, zlib-ng level 6) reads as a ratio of it.
/// Setup prints both files' sizes, since BenchmarkDotNet has no column for bytes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PngEncodeBenchmarks
{
    private SKImage _image = null!;
    private SKPixmap _pixels = null!;
    private Doctoury.Graphics.Scene.InfographicScene _scene = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(RenderBenchmarks.SeedPath());
        _scene = Infographic.FromYaml(yaml).Scene;
        _image = PngRenderer.Draw(_scene, 2, SvgSkiaIconPainter.Instance);
        _pixels = _image.PeekPixels();
        Console.WriteLine($"// bytes: Skia {Skia().Length:N0}, ours {Ours().Length:N0}");
    }

    /// <summary>Drawing the same picture, for scale: the other half of a PNG's time.</summary>
    [Benchmark]
    public int Draw()
    {
        using var image = PngRenderer.Draw(_scene, 2, PathIconPainter.Instance);
        return image.Width;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pixels.Dispose();
        _image.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] Skia()
    {
        using var data = _pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))!;
        return data.ToArray();
    }

    [Benchmark]
    public byte[] Ours()
    {
        using var stream = new MemoryStream();
        PngWriter.Write(_pixels, opaque: true, stream, null);
        return stream.ToArray();
    }
}
