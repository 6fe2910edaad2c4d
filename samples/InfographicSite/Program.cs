var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
