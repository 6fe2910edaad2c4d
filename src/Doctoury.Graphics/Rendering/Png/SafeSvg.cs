using Svg;
using Svg.Model;
using Svg.Skia;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>
/// The only way this library hands SVG text to Svg.Skia. Both of its layers are locked down,
/// because each alone leaks: the process-wide <see cref="SvgDocument"/> switches stop DTDs and
/// external entities, images and elements; the per-load options (secure static mode, external
/// resources disabled) stop CSS <c>@import</c> and <c>url()</c>. Scripts are off as well.
/// </summary>
internal static class SafeSvg
{
    private static readonly object Gate = new();
    private static bool _locked;

    /// <summary>Sets the process-wide switches. Idempotent; called before every load.</summary>
    public static void LockDown()
    {
        if (Volatile.Read(ref _locked)) return;
        lock (Gate)
        {
            SvgDocument.DisableDtdProcessing = true;
            SvgDocument.ResolveExternalXmlEntites = ExternalType.None;
            SvgDocument.ResolveExternalImages = ExternalType.None;
            SvgDocument.ResolveExternalElements = ExternalType.None;
            Volatile.Write(ref _locked, true);
        }
    }

    public static SvgDocumentLoadOptions LoadOptions() => new()
    {
        ProcessingMode = SvgProcessingMode.SecureStatic,
        ExternalResources = SvgExternalResourcePolicy.Disabled,
    };

    /// <summary>Loads SVG text with every external reference, script and DTD refused.</summary>
    public static SKSvg Load(string svgText)
    {
        LockDown();
        var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        svg.Settings.EnableSvgFonts = false;
        svg.Settings.EnableBrokenImagePlaceholders = false;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svgText));
        svg.Load(stream, new SvgParameters(null, null, null, LoadOptions()));
        return svg;
    }
}
