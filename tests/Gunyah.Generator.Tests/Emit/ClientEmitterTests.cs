using System.Reflection;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Emit;

public class ClientEmitterTests
{
    private readonly EmittedBindings bindings = EmittedBindings.Compile(SampleModels.Ioctls());

    [Fact]
    public void One_client_per_fd_kind_with_prefix_stripped_method_names()
    {
        Assert.Equal(new[] { "CreateVm" }, Methods("DeviceIoctls"));
        Assert.Equal(new[] { "SetUserMemRegion", "SetDtbConfig", "Start", "GetLabel", "SwapRegion" }, Methods("VmIoctls"));
        Assert.Equal(new[] { "Run", "MmapSize" }, Methods("VcpuIoctls"));
        Assert.Equal("GH_VM_START", StructProbe.CName(bindings.Type("VmIoctls").GetMethod("Start")!));
    }

    [Fact]
    public void Write_ioctl_passes_the_argument_address()
    {
        var regionType = bindings.Type("GhUserspaceMemoryRegion");
        var region = StructProbe.Create(regionType);
        StructProbe.Field(regionType, "GuestPhysAddr").SetValue(region, 0x8000_0000ul);
        var target = new FakeIoctlTarget { CaptureSize = 32, Result = 0 };

        var result = Invoke("VmIoctls", target, "SetUserMemRegion", region);

        Assert.Equal(0, result);
        Assert.Equal(0x40204701u, target.Request);
        Assert.Equal(StructProbe.ToBytes(region), target.Captured);
    }

    [Fact]
    public void Read_ioctl_returns_what_the_kernel_wrote()
    {
        var target = new FakeIoctlTarget { Reply = BitConverter.GetBytes(42u), Result = 3 };
        object?[] arguments = [null];

        var result = Invoke("VmIoctls", target, "GetLabel", arguments);

        Assert.Equal(3, result);
        Assert.Equal(0x80044704u, target.Request);
        Assert.Equal(42u, arguments[0]);
    }

    [Fact]
    public void ReadWrite_ioctl_sends_and_receives_the_argument()
    {
        var regionType = bindings.Type("GhUserspaceMemoryRegion");
        var region = StructProbe.Create(regionType);
        StructProbe.Field(regionType, "Label").SetValue(region, 5u);
        var reply = new byte[32];
        reply[0] = 9;
        var target = new FakeIoctlTarget { CaptureSize = 32, Reply = reply };
        object?[] arguments = [region];

        Invoke("VmIoctls", target, "SwapRegion", arguments);

        Assert.Equal(5, target.Captured[0]);
        Assert.Equal(9u, StructProbe.Field(regionType, "Label").GetValue(arguments[0]));
    }

    [Fact]
    public void Ioctl_without_argument_type_passes_an_integer_and_the_raw_result()
    {
        var target = new FakeIoctlTarget { Result = -22 };

        var result = Invoke("VcpuIoctls", target, "Run", (nint)7);

        Assert.Equal(-22, result);
        Assert.Equal(0x4706u, target.Request);
        Assert.Equal((nint)7, target.Argument);
    }

    [Fact]
    public void Client_rejects_a_null_target()
    {
        var error = Assert.Throws<TargetInvocationException>(() => Activator.CreateInstance(bindings.Type("VmIoctls"), [null]));
        Assert.IsType<ArgumentNullException>(error.InnerException);
    }

    private string[] Methods(string client) =>
        bindings.Type(client).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).ToArray();

    private int Invoke(string client, IIoctlTarget target, string method, params object?[] arguments)
    {
        var instance = Activator.CreateInstance(bindings.Type(client), target)!;
        return (int)bindings.Type(client).GetMethod(method)!.Invoke(instance, arguments)!;
    }
}
