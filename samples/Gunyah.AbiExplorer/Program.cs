using System.CommandLine;
using System.Globalization;
using Gunyah.AbiExplorer;
using Gunyah.Sdk.Uapi;

var profileOption = new Option<string?>("--profile", "-p")
{
    Description = "Only this ABI profile (v6, v10, android14-6.1, v17, android15-6.6).",
};
var formatOption = new Option<OutputFormat>("--format", "-f")
{
    Description = "Output format.",
    DefaultValueFactory = _ => OutputFormat.Table,
};

var requestArgument = new Argument<string>("request") { Description = "An ioctl request number, e.g. 0x40204701." };
var bytesOption = new Option<string?>("--argument", "-a") { Description = "The argument's bytes in hex, to pretty-print." };
var decodeCommand = new Command("decode", "Name an ioctl request number in every profile that defines it.")
{
    requestArgument,
    bytesOption,
    profileOption,
};
decodeCommand.SetAction(parse =>
{
    if (!RequestDecoder.TryParseRequest(parse.GetValue(requestArgument)!, out var request))
    {
        Console.Error.WriteLine("request must be a number (decimal or 0x-prefixed hex)");
        return 2;
    }

    byte[]? argument = null;
    var hex = parse.GetValue(bytesOption);
    if (hex is not null && !RequestDecoder.TryParseHex(hex, out argument))
    {
        Console.Error.WriteLine("--argument must be hex bytes");
        return 2;
    }

    if (!TrySelectProfiles(parse.GetValue(profileOption), out var profiles))
    {
        return 2;
    }

    return RequestDecoder.Decode(Console.Out, profiles, request, argument) ? 0 : 1;
});

var root = new RootCommand("Lists the ioctls of every /dev/gunyah ABI generation bound by Gunyah.Sdk.")
{
    profileOption,
    formatOption,
    decodeCommand,
};
root.SetAction(parse =>
{
    if (!TrySelectProfiles(parse.GetValue(profileOption), out var profiles))
    {
        return 2;
    }

    if (parse.GetValue(formatOption) == OutputFormat.Json)
    {
        IoctlListing.WriteJson(Console.OpenStandardOutput(), profiles);
    }
    else
    {
        IoctlListing.WriteTable(Console.Out, profiles);
    }

    return 0;
});

return root.Parse(args).Invoke();

static bool TrySelectProfiles(string? name, out IReadOnlyList<AbiProfile> profiles)
{
    if (name is null)
    {
        profiles = AbiProfiles.All;
        return true;
    }

    var profile = AbiProfiles.Find(name);
    if (profile is null)
    {
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"unknown profile '{name}'; known: {string.Join(", ", AbiProfiles.All.Select(p => p.Name))}"));
        profiles = [];
        return false;
    }

    profiles = [profile];
    return true;
}
