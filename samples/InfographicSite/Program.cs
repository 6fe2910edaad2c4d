using Doctoury.Graphics.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
// The specs are the repository's own; a site keeps its specs in its project (the default folder is "specs").
builder.Services.AddInfographics(options => options.SpecFolder = builder.Configuration["Infographics:SpecFolder"] ?? "specs");

var app = builder.Build();
app.MapInfographics("/infographics");
app.MapRazorPages();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
