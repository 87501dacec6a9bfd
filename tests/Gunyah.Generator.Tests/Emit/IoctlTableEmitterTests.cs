using System.Reflection;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;
using Gunyah.Interop;

namespace Gunyah.Generator.Tests.Emit;

public class IoctlTableEmitterTests
{
    private readonly EmittedBindings bindings = EmittedBindings.Compile(SampleModels.Ioctls());

    [Fact]
    public void Request_constants_have_C_names_and_encoded_values()
    {
        var ioctls = bindings.Type("Ioctls");

        Assert.Equal(0x40204701u, ioctls.GetField("GH_VM_SET_USER_MEM_REGION")!.GetRawConstantValue());
        Assert.Equal(0x80044704u, ioctls.GetField("GH_VM_GET_LABEL")!.GetRawConstantValue());
        Assert.Equal(0xC0204705u, ioctls.GetField("GH_VM_SWAP_REGION")!.GetRawConstantValue());
        Assert.Equal(0x4700u, ioctls.GetField("GH_CREATE_VM")!.GetRawConstantValue());
        Assert.Equal("GH_VM_START", StructProbe.CName(ioctls.GetField("GH_VM_START")!));
    }

    [Fact]
    public void Table_lists_every_ioctl_in_declaration_order_with_its_encoding()
    {
        var all = All();

        Assert.Equal(9, all.Count);
        Assert.Equal("GH_CREATE_VM", all[0].Name);
        var region = all[1];
        Assert.Equal(0x40204701u, region.Request);
        Assert.Equal(IoctlDirection.Write, region.Direction);
        Assert.Equal((uint)'G', region.TypeCode);
        Assert.Equal(1u, region.Number);
        Assert.Equal(32u, region.Size);
        Assert.Equal(bindings.Type("GhUserspaceMemoryRegion"), region.ArgumentType);
        Assert.Equal("struct gh_userspace_memory_region", region.ArgumentCType);
        Assert.Equal("vm", region.FdKind);
        Assert.Null(all[8].FdKind);
    }

    [Fact]
    public void TryFind_and_FindByName_look_descriptors_up()
    {
        var table = bindings.Type("IoctlTable");
        var tryFind = table.GetMethod("TryFind")!;

        object?[] found = [0xC0204705u, null];
        Assert.True((bool)tryFind.Invoke(null, found)!);
        Assert.Equal("GH_VM_SWAP_REGION", ((IoctlDescriptor)found[1]!).Name);

        object?[] missing = [0x12345678u, null];
        Assert.False((bool)tryFind.Invoke(null, missing)!);
        Assert.Null(missing[1]);

        var findByName = table.GetMethod("FindByName")!;
        Assert.Equal(0x4703u, ((IoctlDescriptor)findByName.Invoke(null, ["GH_VM_START"])!).Request);
        Assert.Null(findByName.Invoke(null, ["GH_NOPE"]));
    }

    [Fact]
    public void Descriptors_pretty_print_their_arguments()
    {
        var all = All();
        var region = new byte[32];
        region[0] = 1;
        BitConverter.GetBytes(0x1000ul).CopyTo(region, 8);

        Assert.Equal(
            "{ label = 0x1, flags = 0, guest_phys_addr = 0x1000, memory_size = 0, userspace_addr = 0 }",
            all[1].FormatArgument(region));
        Assert.Equal("0x2a", all[4].FormatArgument(BitConverter.GetBytes(42u)));
        Assert.Equal("0102", all[0].FormatArgument([1, 2]));
    }

    [Fact]
    public void Macros_sharing_a_request_number_compile_and_the_first_wins()
    {
        var model = new HeaderModelBuilder()
            .Ioctl("GH_OLD_NAME", IoctlDirectionKind.None, 'G', 1)
            .Ioctl("GH_NEW_NAME", IoctlDirectionKind.None, 'G', 1)
            .Build();

        var table = EmittedBindings.Compile(model).Type("IoctlTable");
        object?[] arguments = [0x4701u, null];

        Assert.True((bool)table.GetMethod("TryFind")!.Invoke(null, arguments)!);
        Assert.Equal("GH_OLD_NAME", ((IoctlDescriptor)arguments[1]!).Name);
    }

    private IReadOnlyList<IoctlDescriptor> All() =>
        (IReadOnlyList<IoctlDescriptor>)bindings.Type("IoctlTable").GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
