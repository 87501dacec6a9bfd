using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Emit;

public class DeclarationScopeTests
{
    [Fact]
    public void Root_declarations_pull_in_what_they_reference_and_nothing_else()
    {
        var scope = DeclarationScope.Select(Model(emitAll: false));

        Assert.Equal(new[] { "root_rec", "by_value", "by_pointer", "in_array", "ioctl_arg" }, scope.Structs.Select(s => s.Key));
        Assert.Equal(new[] { "used_enum" }, scope.Enums.Select(e => e.Key));
        Assert.Equal(new[] { "ROOT_CONST" }, scope.Constants.Select(c => c.Name));
        Assert.Equal(new[] { "ROOT_IOCTL" }, scope.Ioctls.Select(i => i.Name));
    }

    [Fact]
    public void EmitAll_keeps_every_declaration()
    {
        var scope = DeclarationScope.Select(Model(emitAll: true));

        Assert.Equal(7, scope.Structs.Count);
        Assert.Equal(2, scope.Enums.Count);
        Assert.Equal(2, scope.Constants.Count);
        Assert.Equal(2, scope.Ioctls.Count);
    }

    private static HeaderModel Model(bool emitAll)
    {
        var builder = new HeaderModelBuilder(emitAll: emitAll)
            .Struct("root_rec", 32, 8, s => s
                .Field("a", CTypes.Record("by_value", 4, 4), 0)
                .Field("p", CTypes.Pointer(CTypes.Record("by_pointer", 4, 4)), 8)
                .Field("arr", CTypes.Array(CTypes.Record("in_array", 4, 4), 2), 16)
                .Field("e", CTypes.Enum("used_enum"), 24))
            .Struct("by_value", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Struct("by_pointer", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Struct("in_array", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Struct("ioctl_arg", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Struct("unused", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Struct("unused_two", 4, 4, s => s.Field("x", CTypes.U32, 0), fromRoot: false)
            .Enum("used_enum", PrimitiveKind.UInt, null, ("A", 1))
            .Constant("ROOT_CONST", PrimitiveKind.Int, 1)
            .Constant("OTHER_CONST", PrimitiveKind.Int, 2, fromRoot: false)
            .Ioctl("ROOT_IOCTL", IoctlDirectionKind.Write, 'G', 1, CTypes.Record("ioctl_arg", 4, 4))
            .Ioctl("OTHER_IOCTL", IoctlDirectionKind.None, 'G', 2, fromRoot: false);
        var model = builder.Build();

        // The builder marks enums as root declarations; make this one come from an included header.
        var other = model.Enums[0] with { Key = "other_enum", IsFromRootHeader = false };
        var used = model.Enums[0] with { IsFromRootHeader = false };
        return model with { Enums = new[] { used, other }.ToEquatableArray() };
    }
}
