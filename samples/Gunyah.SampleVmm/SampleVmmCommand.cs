using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Gunyah.Sdk.Reference;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Uapi;
using Gunyah.Sdk.Vmm;

namespace Gunyah.SampleVmm;

/// <summary>The sample VMM's command line: the kernel sample's options, the target, and the run.</summary>
internal static class SampleVmmCommand
{
    private static readonly Option<FileInfo> Image = new("--image", "-i") { Description = "The guest image (raw AArch64 code or a kernel Image), loaded at RAM base + --image-offset.", HelpName = "file" };
    private static readonly Option<string> Guest = new("--guest") { Description = "A built-in guest instead of --image: holding-cell (the guest toolkit's holding cell, scripted to print a greeting and power off).", HelpName = "name" };
    private static readonly Option<FileInfo?> DeviceTree = new("--dtb", "-d") { Description = "The devicetree blob; without it the VMM builds one (RAM, vCPUs, a PL011 console as stdout, the ramdisk, --bootargs).", HelpName = "file" };
    private static readonly Option<FileInfo?> Ramdisk = new("--ramdisk", "-r") { Description = "An initial ramdisk, loaded at RAM base + --ramdisk-offset.", HelpName = "file" };
    private static readonly Option<ulong> Base = Number("--base", "-B", "Guest RAM base (guest physical address)", VmmSettings.DefaultBase);
    private static readonly Option<ulong> Size = Number("--size", "-S", "Guest RAM size in bytes", VmmSettings.DefaultSize);
    private static readonly Option<ulong> ImageOffset = Number("--image-offset", "-I", "Image offset from the RAM base", 0);
    private static readonly Option<ulong> DtbOffset = Number("--dtb-offset", "-D", "Devicetree offset from the RAM base", VmmSettings.DefaultDtbOffset);
    private static readonly Option<ulong> RamdiskOffset = Number("--ramdisk-offset", "-R", "Ramdisk offset from the RAM base", VmmSettings.DefaultRamdiskOffset);
    private static readonly Option<int> Vcpus = new("--vcpus") { Description = "vCPUs to add (each runs on its own thread).", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Target = new("--target", "-t") { Description = "'reference' (the in-process reference hypervisor, default) or 'device' (a real Gunyah kernel at --device).", DefaultValueFactory = _ => "reference" };
    private static readonly Option<string> DevicePath = new("--device") { Description = "The device node for --target device.", DefaultValueFactory = _ => "/dev/gunyah", HelpName = "path" };
    private static readonly Option<string?> Profile = new("--profile", "-p") { Description = "ABI generation: v6, v10, android14-6.1, v17, android15-6.6 (reference default android14-6.1; a device's is detected).", HelpName = "generation" };
    private static readonly Option<string?> BootArgs = new("--bootargs") { Description = "The kernel command line of the devicetree the VMM builds.", HelpName = "text" };
    private static readonly Option<double?> TimeoutSeconds = new("--timeout") { Description = "Give up after this many seconds (default: run until the VM exits).", HelpName = "seconds" };

    /// <summary>Parses <paramref name="args"/> and runs the VMM: 0 when the VM exited, 1 when it did not, 2 for a usage error.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where the guest's console output goes.</param>
    /// <param name="log">Where the VMM's own messages (and --help, and errors) go.</param>
    /// <param name="engines">The vCPU execution engine of the reference target, per (VMID, vCPU index).</param>
    public static Task<int> InvokeAsync(string[] args, TextWriter console, TextWriter log, Func<ushort, uint, IVcpuEngine> engines)
    {
        var root = new RootCommand(
            "A sample Gunyah VMM: loads an image (and a devicetree and ramdisk, or builds the devicetree itself) into guest "
            + "RAM, adds vCPUs, starts the VM, runs each vCPU proxy-scheduled on its own thread, serves a PL011 console "
            + "over MMIO (what the guest writes appears here) and reports how the VM exited. Runs on the in-process "
            + "reference hypervisor (--target reference, default) or a real /dev/gunyah (--target device). "
            + "Exit codes: 0 the VM exited, 1 it crashed, failed or timed out, 2 a usage error.");
        foreach (var option in new Option[] { Image, Guest, DeviceTree, Ramdisk, Base, Size, ImageOffset, DtbOffset, RamdiskOffset, Vcpus, Target, DevicePath, Profile, BootArgs, TimeoutSeconds })
        {
            root.Options.Add(option);
        }

        Target.AcceptOnlyFromAmong("reference", "device");
        Guest.AcceptOnlyFromAmong("holding-cell");
        root.SetAction(async (parse, _) => await RunAsync(Read(parse), console, log, engines).ConfigureAwait(false));
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = log, Error = log });
    }

    private static async Task<int> RunAsync(VmmSettings settings, TextWriter console, TextWriter log, Func<ushort, uint, IVcpuEngine> engines)
    {
        // The reference defaults to android14-6.1: it shares the whole RAM at START, while the L24 generations lend only
        // the devicetree's pages and demand-page the rest, which the reference's engine cannot fault in yet.
        if ((settings.Image is null) == !settings.HoldingCell)
        {
            log.WriteLine("give exactly one of --image and --guest");
            return 2;
        }

        var profileName = settings.Profile ?? (settings.Target == "reference" ? "android14-6.1" : null);
        AbiProfile? profile = null;
        if (profileName is not null && (profile = AbiProfiles.Find(profileName)) is null)
        {
            log.WriteLine($"unknown --profile '{profileName}' (one of: {string.Join(", ", AbiProfiles.All.Select(p => p.Name))})");
            return 2;
        }

        try
        {
            if (settings.Target == "device")
            {
                using var device = GunyahDevice.Open(settings.DevicePath, profile);
                return new SampleVmm(device, settings, console, log).Run();
            }

            await using var host = ReferenceHost.Start(profile!, engines);
            using (var device = host.OpenDevice())
            {
                return new SampleVmm(device, settings, console, log).Run();
            }
        }
        catch (Exception e) when (e is ArgumentException or IOException or GunyahException)
        {
            log.WriteLine(e.Message);
            return e is GunyahException ? 1 : 2;
        }
    }

    private static VmmSettings Read(ParseResult parse)
    {
        var timeout = parse.GetValue(TimeoutSeconds);
        return new VmmSettings
        {
            Image = parse.GetValue(Image),
            HoldingCell = parse.GetValue(Guest) == "holding-cell",
            DeviceTree = parse.GetValue(DeviceTree),
            Ramdisk = parse.GetValue(Ramdisk),
            Base = parse.GetValue(Base),
            Size = parse.GetValue(Size),
            ImageOffset = parse.GetValue(ImageOffset),
            DtbOffset = parse.GetValue(DtbOffset),
            RamdiskOffset = parse.GetValue(RamdiskOffset),
            VcpuCount = parse.GetValue(Vcpus),
            Target = parse.GetValue(Target) ?? "reference",
            DevicePath = parse.GetValue(DevicePath) ?? "/dev/gunyah",
            Profile = parse.GetValue(Profile),
            BootArgs = parse.GetValue(BootArgs),
            Timeout = timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
    }

    // An address or size: decimal, or hex with 0x, as the kernel sample's strtoull(..., 0) reads them.
    private static Option<ulong> Number(string name, string alias, string description, ulong fallback) => new(name, alias)
    {
        Description = $"{description} (decimal or 0x hex; default 0x{fallback:x}).",
        HelpName = "number",
        DefaultValueFactory = _ => fallback,
        CustomParser = Parse,
    };

    private static ulong Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (ulong.TryParse(hex ? text[2..] : text, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not a number (decimal, or hex with 0x)");
        return 0;
    }
}
