return Rapportering.Jobs.Cli.Run(args);
