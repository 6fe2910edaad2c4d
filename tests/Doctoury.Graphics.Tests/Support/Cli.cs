using Doctoury.Graphics.Cli;

namespace Doctoury.Graphics.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CommandLine.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }
}
