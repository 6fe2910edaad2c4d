using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>
/// Writes pixels as a PNG in one pass, through .NET's <see cref="ZLibStream"/> (zlib-ng), which
/// compresses 3 to 5 times faster than the zlib inside Skia (shared/perf-spike-2.md §4). Choices
/// measured on the seed: opaque pictures as RGB (the alpha channel says nothing), filter None on
/// every row (flat artwork compresses best unfiltered: 0.74× the bytes of Skia's Sub filter), zlib
/// level 4 (<see cref="Level"/>), one IDAT chunk per MiB. Rows are converted straight from the pixmap, one at a time, so
/// no second full-size copy is made; the text chunks go after IHDR in the same pass. A large
/// picture is compressed in strips on all cores (<see cref="StripCount"/>). A picture with
/// transparency is written as RGBA with its alpha unpremultiplied, as PNG stores it.
/// </summary>
internal static class PngWriter
{
    private const int IdatSize = 1 << 20;

    // zlib-ng level 4: the seed's 2x PNG is 482,958 bytes (0.785x Skia's 614,915; level 6 gave
    // 0.748x, level 5 0.765x, level 3 0.803x) and the native tool's cold full bundle runs 6 % faster
    // than at level 5 (scripts/speed-check.sh, same run).
    private const int Level = 4;
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <param name="pixels">Rgba8888 pixels, premultiplied or not; a non-opaque picture is read unpremultiplied.</param>
    /// <param name="opaque">True when every pixel is opaque (the picture was drawn on an opaque background).</param>
    /// <param name="output">Where the PNG goes.</param>
    /// <param name="text">The words to carry in iTXt and XMP chunks, or null.</param>
    /// <param name="onAllCores">Compress the strips in parallel; false when the caller keeps the cores busy already.</param>
    public static void Write(SKPixmap pixels, bool opaque, Stream output, PngText? text, bool onAllCores = true)
    {
        if (pixels.ColorType != SKColorType.Rgba8888) throw new ArgumentException("The PNG writer takes Rgba8888 pixels.", nameof(pixels));
        if (!opaque && pixels.AlphaType == SKAlphaType.Premul)
        {
            using var straight = new SKBitmap(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            if (!pixels.ReadPixels(straight.PeekPixels())) throw new InvalidOperationException("Could not unpremultiply the picture's pixels.");
            using var pixmap = straight.PeekPixels();
            Write(pixmap, opaque, output, text, onAllCores);
            return;
        }
        output.Write(Signature);
        Span<byte> header = new byte[13]; // not stackalloc: beside it, the method would be jitted fully optimised at first call
        BinaryPrimitives.WriteInt32BigEndian(header, pixels.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], pixels.Height);
        header[8] = 8;                  // bits per channel
        header[9] = (byte)(opaque ? 2 : 6); // RGB or RGBA
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering (each row says None), no interlace
        WriteChunk(output, "IHDR", header);
        if (text is not null) PngMetadata.WriteChunks(output, text);

        var channels = opaque ? 3 : 4;
        var strips = StripCount(pixels.Height, (long)pixels.Width * channels);
        var parts = new Strip[strips];
        // Each strip is compressed on its own, all cores at once; their streams join into one.
        Parallel.For(0, strips, new ParallelOptions { MaxDegreeOfParallelism = onAllCores ? -1 : 1 }, k => parts[k] = Compress(pixels, opaque, k * pixels.Height / strips, (k + 1) * pixels.Height / strips, last: k == strips - 1));
        var total = 2 + parts.Sum(part => (long)part.Deflate.Count) + 4;
        using (var idat = new IdatStream(output, (int)Math.Min(IdatSize, total)))
        {
            idat.Write(parts[0].Header);
            var adler = parts[0].Adler;
            foreach (var part in parts) idat.Write(part.Deflate);
            for (var k = 1; k < strips; k++) adler = Adler32Combine(adler, parts[k].Adler, parts[k].RawLength);
            var trailer = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(trailer, adler);
            idat.Write(trailer);
        }
        WriteChunk(output, "IEND", []);
    }

    /// <summary>
    /// How many strips a picture's rows are compressed in: one per 4 MiB of raw rows, at most 8.
    /// It depends on the picture only, never on the machine, so the same picture gives the same
    /// bytes everywhere. The seed's 2x PNG (19 MB raw) makes 4 strips; its 1x PNG, one.
    /// </summary>
    internal static int StripCount(int height, long rowBytes) =>
        (int)Math.Clamp(height * (rowBytes + 1) / (4L << 20), 1, Math.Min(8, height));

    /// <param name="Header">The zlib header (the same for every strip).</param>
    /// <param name="Deflate">The raw deflate data: ended by a sync flush, or by the final block for the last strip.</param>
    /// <param name="Adler">The Adler-32 of this strip's raw rows.</param>
    /// <param name="RawLength">How many raw bytes (filter byte and samples) the strip holds.</param>
    private sealed record Strip(byte[] Header, ArraySegment<byte> Deflate, uint Adler, long RawLength);

    /// <summary>
    /// Rows [<paramref name="from"/>, <paramref name="to"/>) through a zlib stream of their own. A sync
    /// flush ends the deflate data on a byte boundary with no final block, so the next strip's data
    /// can follow it: that is how pigz joins streams. The strip's Adler-32 is zlib's own trailer.
    /// </summary>
    private static Strip Compress(SKPixmap pixels, bool opaque, int from, int to, bool last)
    {
        var channels = opaque ? 3 : 4;
        var rowLength = 1 + pixels.Width * channels;
        // Flat artwork compresses about 20:1; a sixteenth of the raw rows rarely needs to grow.
        using var memory = new MemoryStream((int)Math.Min(int.MaxValue, (long)rowLength * (to - from) / 16));
        long flushed;
        using (var zlib = new ZLibStream(memory, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
        {
            var row = new byte[rowLength + 4]; // row[0] = 0: filter None; 4 spare bytes for the vector tail
            var source = pixels.GetPixelSpan();
            var stride = pixels.RowBytes;
            for (var y = from; y < to; y++)
            {
                var line = source.Slice(y * stride, pixels.Width * 4);
                if (opaque) Rgba.ToRgb(line, row.AsSpan(1));
                else line.CopyTo(row.AsSpan(1));
                zlib.Write(row, 0, rowLength);
            }
            zlib.Flush();
            flushed = memory.Length;
        }
        var bytes = memory.GetBuffer();
        var length = (int)memory.Length;
        var end = last ? length - 4 : (int)flushed;
        return new Strip(bytes[..2], new ArraySegment<byte>(bytes, 2, end - 2), BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(length - 4)), (long)rowLength * (to - from));
    }

    /// <summary>The Adler-32 of two byte runs joined, from each run's Adler-32 (zlib's adler32_combine).</summary>
    internal static uint Adler32Combine(uint first, uint second, long secondLength)
    {
        const uint Base = 65521;
        var remainder = (uint)(secondLength % Base);
        var sum1 = first & 0xFFFF;
        var sum2 = (uint)((ulong)remainder * sum1 % Base);
        sum1 += (second & 0xFFFF) + Base - 1;
        sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + Base - remainder;
        if (sum1 >= Base) sum1 -= Base;
        if (sum1 >= Base) sum1 -= Base;
        if (sum2 >= Base << 1) sum2 -= Base << 1;
        if (sum2 >= Base) sum2 -= Base;
        return sum1 | (sum2 << 16);
    }

    internal static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        output.Write(four);
        Span<byte> name = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, name);
        output.Write(name);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(four, PngMetadata.Crc32(data, PngMetadata.Crc32(name, 0xFFFFFFFFu, finish: false)));
        output.Write(four);
    }

    /// <summary>Compressed bytes gathered into IDAT chunks of one MiB, the last one shorter.</summary>
    /// <param name="output">The PNG being written.</param>
    /// <param name="capacity">The zlib stream's length, when under a MiB: a small picture needs no bigger buffer.</param>
    private sealed class IdatStream(Stream output, int capacity) : Stream
    {
        private readonly byte[] _buffer = new byte[capacity];
        private int _used;

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                var take = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..take].CopyTo(_buffer.AsSpan(_used));
                _used += take;
                bytes = bytes[take..];
                if (_used == _buffer.Length) Emit();
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        private void Emit()
        {
            if (_used == 0) return;
            WriteChunk(output, "IDAT", _buffer.AsSpan(0, _used));
            _used = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Emit();
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
