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
        // Skia's encoder wrote 614,915 bytes for this picture; ours must stay at most 0.8 of that.
        Assert.True(png.Length <= 0.8 * 614_915, $"{png.Length:N0} bytes");
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

    [Fact]
    public void A_large_picture_is_compressed_in_strips_that_inflate_as_one_checked_zlib_stream()
    {
        // 1500 x 2100 RGB is 9.5 MB of rows: two strips. Noise, so every strip has real data.
        using var bitmap = new SKBitmap(new SKImageInfo(1500, 2100, SKColorType.Rgba8888, SKAlphaType.Premul));
        var random = new Random(7);
        var bytes = bitmap.GetPixelSpan().ToArray();
        random.NextBytes(bytes);
        for (var i = 3; i < bytes.Length; i += 4) bytes[i] = 255;
        System.Runtime.InteropServices.Marshal.Copy(bytes, 0, bitmap.GetPixels(), bytes.Length);
        Assert.Equal(2, PngWriter.StripCount(2100, 1500 * 3));
        using var pixels = bitmap.PeekPixels();
        using var stream = new MemoryStream();
        PngWriter.Write(pixels, opaque: true, stream, null);
        var png = stream.ToArray();
        AssertSamePixels(pixels, png);

        // .NET's inflater checks the Adler-32 trailer, which joins the strips' own.
        var rows = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(IdatData(png)), System.IO.Compression.CompressionMode.Decompress)) zlib.CopyTo(rows);
        var expected = new byte[2100 * (1 + 1500 * 3)];
        for (int y = 0, o = 0; y < 2100; y++)
        {
            expected[o++] = 0;
            for (var x = 0; x < 1500; x++, o += 3) bytes.AsSpan((y * 1500 + x) * 4, 3).CopyTo(expected.AsSpan(o));
        }
        Assert.True(expected.AsSpan().SequenceEqual(rows.ToArray()), "the inflated rows differ from the pixels");
    }

    [Fact]
    public void The_strip_count_depends_on_the_picture_only()
    {
        Assert.Equal(4, PngWriter.StripCount(2026, 3200 * 3)); // the seed at 2x
        Assert.Equal(1, PngWriter.StripCount(1013, 1600 * 3)); // the seed at 1x
        Assert.Equal(8, PngWriter.StripCount(20_000, 8000 * 3));
        Assert.Equal(1, PngWriter.StripCount(1, 1));
    }

    [Fact]
    public void Adler32_of_joined_runs_is_combined_from_each_runs_own()
    {
        var data = new byte[300_000];
        new Random(3).NextBytes(data);
        foreach (var cut in new[] { 0, 1, 65_521, 150_000, 299_999 })
            Assert.Equal(Adler32(data), PngWriter.Adler32Combine(Adler32(data.AsSpan(0, cut)), Adler32(data.AsSpan(cut)), data.Length - cut));
    }

    [Fact]
    public void Dropping_alpha_keeps_red_green_and_blue_for_every_row_length()
    {
        var random = new Random(5);
        for (var width = 1; width <= 37; width++)
        {
            var rgba = new byte[width * 4];
            random.NextBytes(rgba);
            var rgb = new byte[width * 3 + 4];
            Rgba.ToRgb(rgba, rgb);
            for (var x = 0; x < width; x++) Assert.Equal(rgba.AsSpan(x * 4, 3).ToArray(), rgb.AsSpan(x * 3, 3).ToArray());
        }
    }

    /// <summary>The textbook Adler-32 (RFC 1950), to check the combination against.</summary>
    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    private static byte[] IdatData(byte[] png)
    {
        var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT") data.Write(png, at + 8, length);
            at += 12 + length;
        }
        return data.ToArray();
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
