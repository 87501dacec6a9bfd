using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gunyah.Interop;
using Android14 = Gunyah.Sdk.Uapi.Android14;
using Android15 = Gunyah.Sdk.Uapi.Android15;
using V10 = Gunyah.Sdk.Uapi.V10;
using V17 = Gunyah.Sdk.Uapi.V17;

namespace Gunyah.Sdk.Tests.Vmm.Layout;

/// <summary>
/// The VMM reads every generation's run page through the v17 struct. That is only right while the generated
/// run-page structs of v10, android14-6.1, v17 and android15-6.6 agree: same size, and every field they share by
/// C name at the same absolute offset with the same size.
/// </summary>
public class RunPageLayoutTests
{
    public static TheoryData<string> OtherGenerations => ["v10", "android14-6.1", "android15-6.6"];

    [Theory]
    [MemberData(nameof(OtherGenerations))]
    public void Every_shared_field_has_the_v17_offset_and_size(string profile)
    {
        var reference = Flatten(typeof(V17.GunyahVcpuRun));
        var other = Flatten(RunPageOf(profile));

        var shared = other.Keys.Intersect(reference.Keys).ToArray();
        Assert.All(shared, path => Assert.Equal((path, reference[path]), (path, other[path])));
        Assert.Equal(Unsafe.SizeOf<V17.GunyahVcpuRun>(), SizeOf(RunPageOf(profile)));

        // The fields the VMM reads in every generation are all shared.
        Assert.Subset(shared.ToHashSet(), new HashSet<string>
        {
            "immediate_exit", "exit_reason", "mmio.phys_addr", "mmio.data", "mmio.len", "mmio.is_write",
            "status.status", "status.exit_info.type", "status.exit_info.reason_size", "status.exit_info.reason",
        });
    }

    [Fact]
    public void Android15_has_the_v17_run_page_field_for_field() =>
        Assert.Equal(Flatten(typeof(V17.GunyahVcpuRun)).OrderBy(f => f.Key), Flatten(typeof(Android15.GunyahVcpuRun)).OrderBy(f => f.Key));

    [Theory]
    [InlineData("v10")]
    [InlineData("android14-6.1")]
    public void A_v17_field_the_generation_lacks_overlaps_nothing_of_that_union_member(string profile)
    {
        // Padding is named per generation (padding, padding1, reserved); only fields that carry data count.
        var reference = Flatten(typeof(V17.GunyahVcpuRun)).Where(f => !IsPadding(f.Key)).ToDictionary();
        var other = Flatten(RunPageOf(profile)).Where(f => !IsPadding(f.Key)).ToDictionary();

        Assert.Contains("mmio.resume_action", reference.Keys.Except(other.Keys));
        foreach (var (path, (offset, size)) in reference.Where(f => !other.ContainsKey(f.Key)))
        {
            var member = path.Split('.')[0];
            var overlapping = other.Where(f => f.Key.Split('.')[0] == member && f.Value.Offset < offset + size && offset < f.Value.Offset + f.Value.Size);
            Assert.Empty(overlapping);
        }
    }

    [Fact]
    public void The_v17_struct_puts_each_field_where_the_abi_facts_say()
    {
        var fields = Flatten(typeof(V17.GunyahVcpuRun));

        Assert.Equal(40, Unsafe.SizeOf<V17.GunyahVcpuRun>());
        Assert.Equal((0, 1), fields["immediate_exit"]);
        Assert.Equal((8, 4), fields["exit_reason"]);
        Assert.Equal((16, 8), fields["mmio.phys_addr"]);
        Assert.Equal((24, 8), fields["mmio.data"]);
        Assert.Equal((32, 4), fields["mmio.len"]);
        Assert.Equal((36, 1), fields["mmio.is_write"]);
        Assert.Equal((37, 1), fields["mmio.resume_action"]);
        Assert.Equal((16, 4), fields["status.status"]);
        Assert.Equal((20, 2), fields["status.exit_info.type"]);
        Assert.Equal((24, 4), fields["status.exit_info.reason_size"]);
        Assert.Equal((28, 8), fields["status.exit_info.reason"]);
        Assert.Equal((16, 8), fields["page_fault.phys_addr"]);
        Assert.Equal((24, 4), fields["page_fault.attempt"]);
        Assert.Equal((28, 1), fields["page_fault.resume_action"]);
    }

    [Fact]
    public unsafe void The_attribute_offsets_are_the_offsets_the_runtime_lays_out()
    {
        var run = default(V17.GunyahVcpuRun);
        var fields = Flatten(typeof(V17.GunyahVcpuRun));
        var start = (byte*)&run;

        Assert.Equal(fields["mmio.resume_action"].Offset, (int)((byte*)&run.Mmio.ResumeAction - start));
        Assert.Equal(fields["status.exit_info.reason_size"].Offset, (int)((byte*)&run.Status.ExitInfo.ReasonSize - start));
        Assert.Equal(fields["page_fault.attempt"].Offset, (int)((byte*)&run.PageFault.Attempt - start));
    }

    private static Type RunPageOf(string profile) => profile switch
    {
        "v10" => typeof(V10.GhVcpuRun),
        "android14-6.1" => typeof(Android14.GhVcpuRun),
        "v17" => typeof(V17.GunyahVcpuRun),
        "android15-6.6" => typeof(Android15.GunyahVcpuRun),
        _ => throw new ArgumentException(profile, nameof(profile)),
    };

    /// <summary>Every leaf field by its dotted C path, with absolute offset and size. A field of a generated
    /// struct type (one with a C name of its own) is descended into; arrays and enums are leaves.</summary>
    private static Dictionary<string, (int Offset, int Size)> Flatten(Type type)
    {
        var fields = new Dictionary<string, (int Offset, int Size)>();
        Flatten(type, prefix: string.Empty, baseOffset: 0, fields);
        return fields;
    }

    private static void Flatten(Type type, string prefix, int baseOffset, Dictionary<string, (int Offset, int Size)> fields)
    {
        Assert.True(type.IsExplicitLayout, $"{type} is not explicit layout");
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + (field.GetCustomAttribute<CNameAttribute>()?.Name ?? throw new InvalidOperationException($"{type}.{field.Name} has no C name"));
            var offset = baseOffset + (field.GetCustomAttribute<FieldOffsetAttribute>()?.Value ?? throw new InvalidOperationException($"{type}.{field.Name} has no offset"));
            var fieldType = field.FieldType;
            if (fieldType.GetCustomAttribute<CNameAttribute>() is not null && fieldType is { IsValueType: true, IsEnum: false })
            {
                Flatten(fieldType, name + ".", offset, fields);
            }
            else
            {
                fields.Add(name, (offset, SizeOf(fieldType)));
            }
        }
    }

    private static bool IsPadding(string path) => path.Split('.')[^1] is ['p', 'a', 'd', 'd', 'i', 'n', 'g', ..] or "reserved";

    private static int SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
}
