// Quick start: render a spec to PNG (1x and 2x) and SVG, its vertical cut for phones, and print its alt text.
// Run from the repository root:  dotnet run --project samples/QuickStart -- specs/car-t-cell-therapy.yaml out/quickstart
using Doctoury.Graphics;

var specPath = args.Length > 0 ? args[0] : "specs/car-t-cell-therapy.yaml";
var outDir = args.Length > 1 ? args[1] : "out/quickstart";

try
{
    var infographic = Infographic.Load(specPath);
    Directory.CreateDirectory(outDir);

    using (var png = File.Create(Path.Combine(outDir, $"{infographic.Id}.png")))
        infographic.RenderPng(png);
    using (var png2x = File.Create(Path.Combine(outDir, $"{infographic.Id}@2x.png")))
        infographic.RenderPng(png2x, scale: 2);
    using (var svg = File.Create(Path.Combine(outDir, $"{infographic.Id}.svg")))
        infographic.RenderSvg(svg);

    // The same infographic cut for phones: 360 CSS px wide, steps stacked top to bottom.
    var phone = infographic.WithOrientation(Orientation.Vertical);
    using (var vertical = File.Create(Path.Combine(outDir, $"{infographic.Id}.vertical.png")))
        phone.RenderPng(vertical);

    Console.WriteLine($"{infographic.Width}x{infographic.Height}: {infographic.AltText}");
    Console.WriteLine(infographic.Describe().PlainText);
}
catch (InfographicException e)
{
    // Every diagnostic names file, line and column, and usually the fix.
    foreach (var diagnostic in e.Diagnostics) Console.Error.WriteLine(diagnostic);
    return 1;
}
return 0;
