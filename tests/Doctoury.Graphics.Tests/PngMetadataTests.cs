using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Doctoury.Graphics.Rendering.Png;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>Every PNG carries its title, alt and long description (ACCESSIBILITY.md checklist 25), read back by an independent tool.</summary>
public sealed class PngMetadataTests
{
    [ToolFact("exiftool", "libimage-exiftool-perl")]
    public void Exiftool_reads_the_alt_and_long_description_from_every_png_the_cli_writes()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli.CommandLine.Run(["render", Repo.Specs, "--out", folder.Path], new StringWriter(), new StringWriter()));
        var pngs = Directory.GetFiles(folder.Path, "*.png");
        Assert.Equal(4 * Directory.GetFiles(Repo.Specs, "*.yaml").Length, pngs.Length); // 1x and 2x, horizontal and vertical: both cuts carry the same metadata
        var byId = Repo.SpecFiles().Select(a => Repo.Load((string)a[0])).ToDictionary(i => i.Id);
        using var json = JsonDocument.Parse(Tools.Run("exiftool", ["-j", "-G1", .. pngs]));
        foreach (var file in json.RootElement.EnumerateArray())
        {
            var name = Path.GetFileNameWithoutExtension(file.GetProperty("SourceFile").GetString()!);
            var infographic = byId[name.Replace("@2x", "").Replace(".vertical", "")];
            Assert.Equal(infographic.AltText, file.GetProperty("XMP-iptcCore:AltTextAccessibility").GetString());
            Assert.Equal(infographic.Describe().PlainText, file.GetProperty("XMP-iptcCore:ExtDescrAccessibility").GetString());
            Assert.Equal(infographic.Title, file.GetProperty("XMP-dc:Title").GetString());
            // exiftool names language-tagged text chunks "AltText" or "AltText-en".
            string Png(string key) => file.EnumerateObject().First(p => p.Name == $"PNG:{key}" || p.Name.StartsWith($"PNG:{key}-", StringComparison.Ordinal)).Value.GetString()!;
            Assert.Equal(infographic.AltText, Png("AltText"));
            Assert.Equal(infographic.Title, Png("Title"));
            Assert.Equal(infographic.Describe().PlainText, Png("Description"));
        }
    }

    [Fact]
    public void Chunks_sit_after_IHDR_with_valid_CRCs_and_the_picture_is_unchanged()
    {
        var infographic = Repo.Load("two-steps.yaml");
        var png = infographic.RenderPng(1);
        var chunks = Chunks(png).ToList();
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal(["iTXt", "iTXt", "iTXt", "iTXt"], chunks.Skip(1).Take(4).Select(c => c.Type));
        Assert.All(chunks, c => Assert.True(c.CrcValid, c.Type));
        Assert.StartsWith("XML:com.adobe.xmp\0", Encoding.Latin1.GetString(chunks[1].Data));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(infographic.Width, bitmap.Width);
    }

    [Fact]
    public void Markup_and_non_Latin_text_survive_inside_the_xmp()
    {
        var xmp = PngMetadata.Xmp(new PngText("A < B & \"C\"", "Diagrama de proceso: Análisis.", "Línea 1\nLínea 2", "es"));
        var document = System.Xml.Linq.XDocument.Parse(xmp);
        System.Xml.Linq.XNamespace iptc = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
        Assert.Equal("Diagrama de proceso: Análisis.", document.Descendants(iptc + "AltTextAccessibility").Single().Value);
        Assert.Equal("Línea 1\nLínea 2", document.Descendants(iptc + "ExtDescrAccessibility").Single().Value);
        Assert.Contains("A &lt; B &amp; \"C\"", xmp);
    }

    [Fact]
    public void Crc32_matches_the_png_specification_example()
    {
        Assert.Equal(0xAE426082u, PngMetadata.Crc32("IEND"u8)); // the CRC every PNG ends with
    }

    private static IEnumerable<(string Type, byte[] Data, bool CrcValid)> Chunks(byte[] png)
    {
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            yield return (Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray(), crc == PngMetadata.Crc32(typeAndData));
            at += 12 + length;
        }
    }
}
