using NewsWatch.Cli;

return await CliApp.RunAsync(args);
