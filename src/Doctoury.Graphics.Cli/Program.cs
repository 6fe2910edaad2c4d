using Doctoury.Graphics.Cli;

LargeBlocks.ReturnToTheSystemWhenFreed();
return CommandLine.Run(args, Console.Out, Console.Error);
