using System.Globalization;
using Gunyah.Sdk.Uapi;

namespace Gunyah.AbiExplorer;

/// <summary>Turns a request number back into the ioctl names the profiles give it, and pretty-prints an argument.</summary>
public static class RequestDecoder
{
    public static bool TryParseRequest(string text, out uint request)
    {
        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out request)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out request);
    }

    public static bool TryParseHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text.Replace(" ", string.Empty, StringComparison.Ordinal));
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    /// <summary>Writes one line per profile that defines <paramref name="request"/>; false when none does.</summary>
    public static bool Decode(TextWriter output, IReadOnlyList<AbiProfile> profiles, uint request, byte[]? argument)
    {
        var found = false;
        foreach (var profile in profiles)
        {
            var ioctl = profile.FindByRequest(request);
            if (ioctl is null)
            {
                continue;
            }

            found = true;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile.Name,-14} {ioctl}"));
            if (argument is not null)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,-14} argument: {ioctl.FormatArgument(argument)}"));
            }
        }

        if (!found)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"0x{request:x8}: no profile defines this request"));
        }

        return found;
    }
}
