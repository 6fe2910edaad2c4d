using System.Buffers.Binary;
using System.Text;
using Doctoury.Graphics.Rendering.Png;
using Doctoury.Graphics.Tests.Support;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary>Our PNG writer keeps every pixel: Skia decodes each file to exactly the pixels drawn.</summary>
public sealed class PngWriterTests
{
    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Every_spec_decodes_to_exactly_the_pixels_drawn_in_both_cuts(string spec)
    {
        foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
        {
            var scene = Repo.Load(spec).WithOrientation(cut).Scene;
            using var image = PngRenderer.Draw(scene, 1, SvgSkiaIconPainter.Instance);
            using var drawn = image.PeekPixels();
            using var stream = new MemoryStream();
            PngWriter.Write(drawn, PngRenderer.Opaque(scene), stream, null);
            AssertSamePixels(drawn, stream.ToArray());
        }
    }

    [Fact]
    public void The_seed_at_2x_is_rgb_in_idat_chunks_of_a_mebibyte_with_the_text_after_ihdr()
    {
        var png = Repo.Load("car-t-cell-therapy.yaml").RenderPng(2);
        var chunks = Chunks(png).ToList();
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal(2, png[8 + 8 + 9]); // colour type 2: RGB, the picture being opaque
        Assert.Equal(["iTXt", "iTXt", "iTXt", "iTXt"], chunks.Skip(1).Take(4).Select(c => c.Type));
        var idats = chunks.Where(c => c.Type == "IDAT").ToList();
        Assert.All(idats.SkipLast(1), c => Assert.Equal(1 << 20, c.Length));
        Assert.InRange(idats[^1].Length, 1, 1 << 20);
        Assert.Equal("IEND", chunks[^1].Type);
        using var image = PngRenderer.Draw(Repo.Load("car-t-cell-therapy.yaml").Scene, 2, SvgSkiaIconPainter.Instance);
        using var drawn = image.PeekPixels();
        AssertSamePixels(drawn, png);
    }

    [Fact]
    public void A_picture_with_transparency_keeps_its_alpha_unpremultiplied()
    {
        var info = new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        SKColor[] colours = [new(255, 0, 0, 255), new(0, 128, 255, 128), new(10, 20, 30, 0), new(200, 100, 50, 1), new(17, 34, 51, 254), new(255, 255, 255, 64), new(0, 0, 0, 200), new(90, 180, 45, 33)];
        for (var i = 0; i < colours.Length; i++) bitmap.SetPixel(i % 4, i / 4, colours[i]);
        using var pixels = bitmap.PeekPixels();
        using var stream = new MemoryStream();
        PngWriter.Write(pixels, opaque: false, stream, null);
        var png = stream.ToArray();
        Assert.Equal(6, png[8 + 8 + 9]); // RGBA
        // What Skia itself reads back from the premultiplied pixels, unpremultiplied, is what the file holds.
        using var expected = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.True(pixels.ReadPixels(expected.PeekPixels()));
        using var decoded = SKBitmap.Decode(png, new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal(expected.Bytes, decoded.Bytes);
    }

    [Fact]
    public void Our_writer_is_smaller_than_skias_encoder_for_the_same_pixels()
    {
        using var image = PngRenderer.Draw(Repo.Load("car-t-cell-therapy.yaml").Scene, 1, SvgSkiaIconPainter.Instance);
        using var pixels = image.PeekPixels();
        using var ours = new MemoryStream();
        PngWriter.Write(pixels, true, ours, null);
        using var skia = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))!;
        Assert.True(ours.Length < skia.Size * 0.9, $"{ours.Length} bytes against Skia's {skia.Size}");
    }

    private static void AssertSamePixels(SKPixmap drawn, byte[] png)
    {
        using var decoded = SKBitmap.Decode(png, new SKImageInfo(drawn.Width, drawn.Height, SKColorType.Rgba8888, drawn.AlphaType));
        Assert.NotNull(decoded);
        Assert.True(drawn.GetPixelSpan().SequenceEqual(decoded.GetPixelSpan()), "the decoded pixels differ from the drawn ones");
    }

    private static IEnumerable<(string Type, int Length)> Chunks(byte[] png)
    {
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(PngMetadata.Crc32(png.AsSpan(at + 4, 4 + length)), crc);
            yield return (type, length);
            at += 12 + length;
        }
    }
}
