using System.Globalization;
using System.Text.Json;
using Gunyah.Sdk.Uapi;

namespace Gunyah.AbiExplorer;

/// <summary>Prints every ioctl of the chosen profiles as a table or as JSON.</summary>
public static class IoctlListing
{
    public static void WriteTable(TextWriter output, IReadOnlyList<AbiProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {profile.Name}: {profile.Description} ({profile.Ioctls.Count} ioctls)"));
            output.WriteLine($"   {"request",-10} {"dir",-9} {"fd",-9} {"name",-34} argument");
            foreach (var ioctl in profile.Ioctls)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"   0x{ioctl.Request:x8} {ioctl.Direction,-9} {ioctl.FdKind ?? "-",-9} {ioctl.Name,-34} {Describe(ioctl)}"));
            }

            output.WriteLine();
        }
    }

    public static void WriteJson(Stream output, IReadOnlyList<AbiProfile> profiles)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var profile in profiles)
        {
            json.WriteStartObject();
            json.WriteString("profile", profile.Name);
            json.WriteString("description", profile.Description);
            json.WriteString("namespace", profile.Namespace);
            json.WriteStartArray("ioctls");
            foreach (var ioctl in profile.Ioctls)
            {
                json.WriteStartObject();
                json.WriteString("name", ioctl.Name);
                json.WriteString("request", string.Create(CultureInfo.InvariantCulture, $"0x{ioctl.Request:x8}"));
                json.WriteString("direction", ioctl.Direction.ToString());
                json.WriteNumber("type", ioctl.TypeCode);
                json.WriteNumber("number", ioctl.Number);
                json.WriteNumber("size", ioctl.Size);
                json.WriteString("argumentCType", ioctl.ArgumentCType);
                json.WriteString("argumentType", ioctl.ArgumentType?.FullName);
                json.WriteString("fd", ioctl.FdKind);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static string Describe(Gunyah.Interop.IoctlDescriptor ioctl) =>
        ioctl.ArgumentCType is null
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{ioctl.ArgumentCType} ({ioctl.Size} B) -> {ioctl.ArgumentType?.Name ?? "?"}");
}
