using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.Infrastructure;

namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Builds <see cref="HeaderModel"/>s by hand, so the oracle can be tested without the front-end. Only the
/// parts the oracle reads are meaningful; types (from <see cref="CTypes"/>) and docs are placeholders.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly string rootPath;
    private readonly List<StructModel> structs = [];
    private readonly List<EnumModel> enums = [];
    private readonly List<ConstantModel> constants = [];
    private readonly List<IoctlModel> ioctls = [];

    public ModelBuilder(string rootPath) => this.rootPath = rootPath;

    /// <summary>A member; the type defaults to __u32 for tests that only look at names and offsets.</summary>
    public static FieldModel Field(string name, int offset, TypeRef? type = null) =>
        new(name, name, type ?? CTypes.U32, offset, offset * 8, 0, false, null, default);

    public static FieldModel Flexible(string name, int offset, TypeRef element) =>
        new(name, name, CTypes.Array(element, 0), offset, offset * 8, 0, true, null, default);

    public static FieldModel Bitfield(string name, int bitOffset, int width, TypeRef? type = null) =>
        new(name, name, type ?? CTypes.U32, bitOffset / 8, bitOffset, width, false, null, default);

    public ModelBuilder Struct(string key, string cType, int size, int alignment, params FieldModel[] fields) =>
        Record(key, cType, size, alignment, isUnion: false, fields);

    /// <summary>A record; keys with a dot are unnamed member types of the record named before the dot.</summary>
    public ModelBuilder Record(string key, string cType, int size, int alignment, bool isUnion, params FieldModel[] fields)
    {
        var dot = key.LastIndexOf('.');
        var parent = dot < 0 ? null : key[..dot];
        var tag = dot < 0 ? key : null;
        var located = fields.Select(f => f with { Location = Here }).ToEquatableArray();
        structs.Add(new(key, isUnion, tag, null, cType, size, alignment, false, located, parent, true, null, Here));
        return this;
    }

    public ModelBuilder Enum(string tag, PrimitiveKind underlying, params (string Name, long Value)[] members)
    {
        var list = members.Select(m => new EnumMemberModel(m.Name, unchecked((ulong)m.Value), null, Here)).ToEquatableArray();
        enums.Add(new(tag, tag, null, underlying, list, true, null, Here));
        return this;
    }

    public ModelBuilder Integer(string name, PrimitiveKind type, ulong bits)
    {
        constants.Add(new(name, ConstantKind.Integer, type, bits, null, name, true, null, Here));
        return this;
    }

    public ModelBuilder String(string name, string value)
    {
        constants.Add(new(name, ConstantKind.String, PrimitiveKind.Void, 0, value, name, true, null, Here));
        return this;
    }

    public ModelBuilder Ioctl(string name, uint request)
    {
        ioctls.Add(new(name, request, IoctlDirectionKind.None, 0, 0, 0, null, null, true, null, Here));
        return this;
    }

    public HeaderModel Build(IEnumerable<string> includeDirectories, IEnumerable<string>? defines = null) => new(
        new HeaderRequest(rootPath, "Oracle.Tests", includeDirectories.ToEquatableArray(), (defines ?? []).ToEquatableArray(), "_IOC", false, null),
        structs.ToEquatableArray(),
        enums.ToEquatableArray(),
        constants.ToEquatableArray(),
        ioctls.ToEquatableArray(),
        EquatableArray<DiagnosticInfo>.Empty);

    private LocationInfo Here => new(rootPath, 1, 1);
}
