using Doctoury.Graphics.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
