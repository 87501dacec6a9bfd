using Gunyah.Conformance.Cli;

var terminal = new TerminalInfo(
    Colour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
    Progress: !Console.IsErrorRedirected);
return await ConformanceCommand.InvokeAsync(args, Console.Out, Console.Error, terminal);
