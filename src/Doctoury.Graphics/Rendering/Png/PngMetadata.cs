using System.Buffers.Binary;
using System.Text;
using System.Xml;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>The words a PNG carries with it, so they survive a download or a repost.</summary>
internal sealed record PngText(string Title, string AltText, string Description, string Lang);

/// <summary>
/// Adds the title, short alt and long description to an encoded PNG: as XMP (<c>dc:title</c>,
/// <c>Iptc4xmpCore:AltTextAccessibility</c>, <c>Iptc4xmpCore:ExtDescrAccessibility</c>; IPTC Photo
/// Metadata 2021.1) in an <c>iTXt</c> chunk keyed <c>XML:com.adobe.xmp</c>, and as <c>iTXt</c> text
/// chunks (Title, Description, Alt Text) that image viewers show. The chunks go right after
/// <c>IHDR</c>; no timestamp, so the bytes stay deterministic.
/// </summary>
internal static class PngMetadata
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static byte[] Add(byte[] png, PngText text)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature)) throw new ArgumentException("Not a PNG.", nameof(png));
        var ihdrEnd = 8 + 12 + BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(8));
        using var output = new MemoryStream(png.Length + 4096);
        output.Write(png, 0, ihdrEnd);
        WriteChunks(output, text);
        output.Write(png, ihdrEnd, png.Length - ihdrEnd);
        return output.ToArray();
    }

    /// <summary>The XMP and text chunks, for a writer to put right after IHDR.</summary>
    public static void WriteChunks(Stream output, PngText text)
    {
        PngWriter.WriteChunk(output, "iTXt", InternationalText("XML:com.adobe.xmp", "", Xmp(text)));
        PngWriter.WriteChunk(output, "iTXt", InternationalText("Title", text.Lang, text.Title));
        PngWriter.WriteChunk(output, "iTXt", InternationalText("Alt Text", text.Lang, text.AltText));
        PngWriter.WriteChunk(output, "iTXt", InternationalText("Description", text.Lang, text.Description));
    }

    /// <summary>keyword, 0, compression flag 0, method 0, language tag, 0, translated keyword (empty), 0, UTF-8 text.</summary>
    private static byte[] InternationalText(string keyword, string lang, string value)
    {
        var data = new List<byte>();
        data.AddRange(Encoding.Latin1.GetBytes(keyword));
        data.AddRange(new byte[] { 0, 0, 0 });
        data.AddRange(Encoding.ASCII.GetBytes(lang));
        data.Add(0);
        data.Add(0);
        data.AddRange(Encoding.UTF8.GetBytes(value));
        return [.. data];
    }

    internal static string Xmp(PngText text)
    {
        const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(builder, settings))
        {
            xml.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", Rdf);
            xml.WriteStartElement("rdf", "Description", Rdf);
            xml.WriteAttributeString("rdf", "about", Rdf, "");
            xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            xml.WriteAttributeString("xmlns", "Iptc4xmpCore", null, "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/");
            LanguageAlternative(xml, "dc", "title", "http://purl.org/dc/elements/1.1/", text.Title);
            LanguageAlternative(xml, "dc", "description", "http://purl.org/dc/elements/1.1/", text.AltText);
            LanguageAlternative(xml, "Iptc4xmpCore", "AltTextAccessibility", "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/", text.AltText);
            LanguageAlternative(xml, "Iptc4xmpCore", "ExtDescrAccessibility", "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/", text.Description);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteProcessingInstruction("xpacket", "end=\"r\"");
        }
        return builder.ToString();

        static void LanguageAlternative(XmlWriter xml, string prefix, string name, string ns, string value)
        {
            xml.WriteStartElement(prefix, name, ns);
            xml.WriteStartElement("rdf", "Alt", Rdf);
            xml.WriteStartElement("rdf", "li", Rdf);
            xml.WriteAttributeString("xml", "lang", null, "x-default");
            xml.WriteString(value);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The CRC-32 every PNG chunk ends with (ISO 3309, as in the PNG specification).</summary>
    internal static uint Crc32(ReadOnlySpan<byte> bytes) => Crc32(bytes, 0xFFFFFFFFu);

    /// <summary>The CRC-32 of <paramref name="bytes"/> continuing from <paramref name="crc"/> (a running value when <paramref name="finish"/> is false).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static uint Crc32(ReadOnlySpan<byte> bytes, uint crc, bool finish = true)
    {
        var c = crc;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return finish ? c ^ 0xFFFFFFFFu : c;
    }
}
