using Gunyah.SampleVmm;
using Gunyah.Sdk.GuestToolkit;
using Gunyah.Sdk.Reference.Engine;
using static Gunyah.Sdk.GuestToolkit.A64Assembler;
using static Gunyah.Sdk.GuestToolkit.A64Register;

namespace Gunyah.Sdk.Reference.Tests.Samples;

/// <summary>
/// The sample VMM, run as its command line is: it loads an assembled guest at the start of RAM, builds the
/// devicetree itself (a PL011 console at 0x9000000), runs the vCPUs on their own threads on the reference
/// hypervisor, serves the UART over MMIO and prints what the guest wrote; the guest ends with PSCI SYSTEM_OFF.
/// </summary>
public sealed class SampleVmmTests : IDisposable
{
    private const ulong Uart = 0x0900_0000;
    private readonly string directory = Directory.CreateTempSubdirectory("gunyah-sample-vmm-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    // Prints the message on the PL011 — waiting while the flag register says the transmit FIFO is full, as a
    // console driver does — then powers the system off.
    private string GuestImage(string message)
    {
        var asm = new A64Assembler(0x8000_0000);
        var text = asm.NewLabel();
        var next = asm.NewLabel();
        var wait = asm.NewLabel();
        var done = asm.NewLabel();
        asm.Mov(X(1), Uart).Adr(X(3), text);
        asm.Bind(next).Load(Access.Byte, W(2), X(3), 1, Indexing.PostIndex).Cbz(W(2), done);
        asm.Bind(wait).Load(Access.Word, W(5), X(1), 0x18).Tbnz(W(5), 5, wait).Store(Access.Word, W(2), X(1)).B(next);
        asm.Bind(done).PsciCall(Psci.SystemOff).Udf();
        asm.Bind(text).Bytes(System.Text.Encoding.ASCII.GetBytes(message + "\0"));
        var path = Path.Combine(directory, "guest.bin");
        File.WriteAllBytes(path, asm.Build());
        return path;
    }

    private static async Task<(int Code, string Console, string Log)> RunAsync(params string[] args)
    {
        using var console = new StringWriter();
        using var log = new StringWriter();
        var code = await SampleVmmCommand.InvokeAsync(args, console, log, static (_, index) => new A64VcpuEngine((int)index));
        return (code, console.ToString(), log.ToString());
    }

    [Theory]
    [InlineData("android14-6.1", 1)]
    [InlineData("v10", 2)]
    public async Task The_sample_VMM_runs_a_guest_to_SYSTEM_OFF_and_prints_its_console(string profile, int vcpus)
    {
        var image = GuestImage("Hello from the guest\n");

        var (code, console, log) = await RunAsync("--image", image, "--profile", profile, "--vcpus", vcpus.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--size", "0x400000", "--dtb-offset", "0x200000", "--ramdisk-offset", "0x300000", "--timeout", "30");

        Assert.True(code == 0, $"exit code {code}: {log}");
        Assert.Equal("Hello from the guest\n", console);
        Assert.Contains("the VM exited (exit type 1 PlatformOff", log);
    }

    [Fact]
    public async Task The_holding_cell_guest_runs_out_of_the_box_and_prints_its_greeting()
    {
        var (code, console, log) = await RunAsync("--guest", "holding-cell", "--size", "0x400000", "--dtb-offset", "0x200000", "--timeout", "30");

        Assert.True(code == 0, $"exit code {code}: {log}");
        Assert.Equal(HoldingCellScript.Greeting, console);
        Assert.Contains("the VM exited (exit type 1 PlatformOff", log);
    }

    [Fact]
    public async Task Both_an_image_and_a_built_in_guest_is_a_usage_error()
    {
        var (code, _, log) = await RunAsync("--guest", "holding-cell", "--image", GuestImage("x"));

        Assert.Equal(2, code);
        Assert.Contains("exactly one of --image and --guest", log);
    }

    [Fact]
    public async Task An_image_that_does_not_fit_in_RAM_is_a_usage_error()
    {
        var image = GuestImage("x");

        var (code, _, log) = await RunAsync("--image", image, "--size", "0x10000", "--image-offset", "0xfff0", "--dtb-offset", "0x8000");

        Assert.Equal(2, code);
        Assert.Contains("the image", log);
        Assert.Contains("does not fit", log);
    }

    [Fact]
    public async Task A_number_that_is_not_one_is_refused_by_the_parser()
    {
        var (code, _, log) = await RunAsync("--image", GuestImage("x"), "--base", "0xZZ");

        Assert.NotEqual(0, code);
        Assert.Contains("is not a number", log);
    }
}
