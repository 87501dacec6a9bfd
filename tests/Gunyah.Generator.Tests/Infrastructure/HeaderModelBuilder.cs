using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Infrastructure;

/// <summary>
/// Builds <see cref="HeaderModel"/>s by hand, so emitter tests don't depend on the C front-end. Every
/// declaration gets the next line of the root header as its location, so output is deterministic.
/// </summary>
public sealed class HeaderModelBuilder
{
    public const string DefaultRoot = "/src/include/linux/test.h";

    private readonly List<StructModel> structs = [];
    private readonly List<EnumModel> enums = [];
    private readonly List<ConstantModel> constants = [];
    private readonly List<IoctlModel> ioctls = [];
    private readonly List<DiagnosticInfo> diagnostics = [];
    private int line = 10;

    public HeaderModelBuilder(string @namespace = "Test.Bindings", string rootPath = DefaultRoot, bool emitAll = false, string? fdMapPath = null)
    {
        Request = new HeaderRequest(rootPath, @namespace, new[] { "/src/include" }.ToEquatableArray(), EquatableArray<string>.Empty, "_IOC", emitAll, fdMapPath);
    }

    public HeaderRequest Request { get; }

    /// <summary>The generic Linux request encoding (dir:2 size:14 type:8 nr:8).</summary>
    public static uint EncodeRequest(IoctlDirectionKind direction, uint type, uint number, uint size) =>
        ((uint)direction << 30) | (size << 16) | (type << 8) | number;

    public LocationInfo NextLocation(string? file = null) => new(file ?? Request.RootPath, line++, 1);

    public HeaderModelBuilder Struct(
        string key,
        int size,
        int alignment,
        Action<RecordBuilder> members,
        bool isUnion = false,
        string? parentKey = null,
        bool packed = false,
        string? doc = null,
        bool fromRoot = true,
        string? typedefName = null)
    {
        var location = NextLocation(fromRoot ? null : "/src/include/linux/other.h");
        var records = new RecordBuilder(this);
        members(records);
        var keyword = isUnion ? "union " : "struct ";
        var tag = parentKey is null && typedefName is null ? key : null;
        var cType = parentKey is not null
            ? $"__typeof__((({keyword}{parentKey} *)0)->{key.Substring(key.LastIndexOf('.') + 1)})"
            : tag is not null ? keyword + tag : typedefName!;
        structs.Add(new StructModel(key, isUnion, tag, typedefName, cType, size, alignment, packed, records.Fields.ToEquatableArray(), parentKey, fromRoot, doc, location));
        return this;
    }

    public HeaderModelBuilder Union(string key, int size, int alignment, Action<RecordBuilder> members, string? parentKey = null, string? doc = null) =>
        Struct(key, size, alignment, members, isUnion: true, parentKey: parentKey, doc: doc);

    public HeaderModelBuilder Enum(string key, PrimitiveKind underlying, string? doc, params (string Name, long Value)[] members)
    {
        var location = NextLocation();
        var list = members.Select(m => new EnumMemberModel(m.Name, unchecked((ulong)m.Value), null, NextLocation())).ToEquatableArray();
        enums.Add(new EnumModel(key, key, null, underlying, list, true, doc, location));
        return this;
    }

    public HeaderModelBuilder Constant(string name, PrimitiveKind type, long value, string? cExpression = null, string? doc = null, bool fromRoot = true)
    {
        constants.Add(new ConstantModel(name, ConstantKind.Integer, type, unchecked((ulong)value), null, cExpression ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), fromRoot, doc, NextLocation()));
        return this;
    }

    public HeaderModelBuilder StringConstant(string name, string value, string? doc = null)
    {
        constants.Add(new ConstantModel(name, ConstantKind.String, PrimitiveKind.Void, 0, value, "\"" + value + "\"", true, doc, NextLocation()));
        return this;
    }

    public HeaderModelBuilder Ioctl(string name, IoctlDirectionKind direction, char type, uint number, TypeRef? argument = null, string? fdKind = null, string? doc = null, bool fromRoot = true)
    {
        var size = (uint)(argument?.Size ?? 0);
        ioctls.Add(new IoctlModel(name, EncodeRequest(direction, type, number, size), direction, type, number, size, argument, fdKind, fromRoot, doc, NextLocation()));
        return this;
    }

    public HeaderModelBuilder Diagnostic(string id, string message)
    {
        diagnostics.Add(new DiagnosticInfo(id, message, NextLocation()));
        return this;
    }

    public HeaderModel Build() => new(
        Request,
        structs.ToEquatableArray(),
        enums.ToEquatableArray(),
        constants.ToEquatableArray(),
        ioctls.ToEquatableArray(),
        diagnostics.ToEquatableArray());
}

/// <summary>Adds members to a record being built.</summary>
public sealed class RecordBuilder
{
    private readonly HeaderModelBuilder owner;

    internal RecordBuilder(HeaderModelBuilder owner) => this.owner = owner;

    internal List<FieldModel> Fields { get; } = [];

    public RecordBuilder Field(string name, TypeRef type, int offset, string? doc = null)
    {
        Fields.Add(new FieldModel(name, name, type, offset, offset * 8, 0, false, doc, owner.NextLocation()));
        return this;
    }

    public RecordBuilder Bitfield(string name, TypeRef type, int bitOffset, int width, string? doc = null)
    {
        Fields.Add(new FieldModel(name, name, type, bitOffset / 8, bitOffset, width, false, doc, owner.NextLocation()));
        return this;
    }

    public RecordBuilder Flexible(string name, TypeRef element, int offset, string? doc = null)
    {
        Fields.Add(new FieldModel(name, name, CTypes.FlexibleArray(element), offset, offset * 8, 0, true, doc, owner.NextLocation()));
        return this;
    }
}
