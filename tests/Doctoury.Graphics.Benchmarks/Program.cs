using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Doctoury.Graphics.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Doctoury.Graphics.Benchmarks.RenderBenchmarks).Assembly).Run(args);
