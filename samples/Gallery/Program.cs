// A static gallery from a render folder: reads the manifest.json that 'doctoury-graphics render'
// writes and builds index.html, one <figure> an infographic, with its alt text and long description.
//   dotnet run --project src/Doctoury.Graphics.Cli -- render specs --out out
//   dotnet run --project samples/Gallery -- out        (then open out/index.html)
using Doctoury.Graphics.Samples;

if (args.Length != 1 || !File.Exists(Path.Combine(args[0], "manifest.json")))
{
    Console.Error.WriteLine("usage: Gallery <render folder with manifest.json>");
    return 2;
}
var page = GalleryPage.Write(args[0]);
Console.WriteLine($"Wrote {page}");
return 0;
