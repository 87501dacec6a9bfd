using Gunyah.Generator.Emit.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Emit;

/// <summary>
/// Names everything the bindings of one header declare, in a fixed order so output is deterministic:
/// fixed classes, then top-level records and enums (model order), then clients (fd kind order); then each
/// record's members and nested types, each enum's members, constants and ioctl constants.
/// </summary>
/// <remarks>
/// Naming rules (documented in docs/generator.md):
/// records and enums are the Pascal-cased key (<c>gh_fn_desc</c> → <c>GhFnDesc</c>); an unnamed record type of a
/// member is nested in its parent's struct as the Pascal-cased member name plus <c>Struct</c> or <c>Union</c>
/// (<c>gunyah_vcpu_run.mmio</c> → <c>GunyahVcpuRun.MmioStruct</c>); members are Pascal-cased C names.
/// </remarks>
internal static class BindingPlanner
{
    public static BindingPlan Plan(HeaderModel model, List<DiagnosticInfo> diagnostics)
    {
        var scope = DeclarationScope.Select(model);
        var ns = Naming.ToNamespace(model.Request.Namespace);
        var namespaceScope = new NameScope("namespace " + ns, diagnostics)
            .Reserve(BindingPlan.ConstantsClass, BindingPlan.IoctlsClass, BindingPlan.IoctlTableClass, BindingPlan.FormatClass);

        var included = new HashSet<string>(scope.Structs.Select(s => s.Key), StringComparer.Ordinal);
        bool IsNested(StructModel s) => s.ParentKey is not null && included.Contains(s.ParentKey) && s.ParentKey != s.Key;

        var topLevel = new List<RecordPlan>();
        foreach (var record in scope.Structs.Where(s => !IsNested(s)))
        {
            var name = namespaceScope.Claim(Naming.ToPascalCase(record.Key), record.Key, record.Location);
            topLevel.Add(new RecordPlan(record, name, null, ns));
        }

        var enums = new List<EnumPlan>();
        foreach (var enumModel in scope.Enums)
        {
            var name = namespaceScope.Claim(Naming.ToPascalCase(enumModel.Key), enumModel.Key, enumModel.Location);
            enums.Add(new EnumPlan(enumModel, name, "global::" + ns + "." + name, PlanEnumMembers(enumModel, name, diagnostics)));
        }

        var ioctls = PlanIoctls(scope.Ioctls, diagnostics);
        var clients = PlanClients(ioctls, namespaceScope, diagnostics);

        // Message codecs add members to their records: those names are reserved before the header's are placed.
        var messages = MessageAnalysis.Run(model, scope.Messages, diagnostics);
        var childrenByParent = scope.Structs.Where(IsNested).ToLookup(s => s.ParentKey!, StringComparer.Ordinal);
        foreach (var record in topLevel)
        {
            PlanMembers(record, childrenByParent, ns, messages, diagnostics);
        }

        var constantScope = new NameScope("class " + BindingPlan.ConstantsClass, diagnostics)
            .Reserve(BindingPlan.ConstantsClass).Reserve(NameScope.ObjectMembers);
        var constants = scope.Constants
            .Select(c => new ConstantPlan(c, constantScope.Claim(Naming.ToVerbatimIdentifier(c.Name), c.Name, c.Location)))
            .ToList();

        var plan = new BindingPlan(model, ns, topLevel, enums, constants, ioctls, clients);
        plan.Messages = MessagePlanner.Plan(plan, messages, namespaceScope, diagnostics);
        return plan;
    }

    private static void PlanMembers(RecordPlan record, ILookup<string, StructModel> childrenByParent, string ns, MessageAnalysis messages, List<DiagnosticInfo> diagnostics)
    {
        var scope = new NameScope(CDescriptions.Describe(record.Model), diagnostics)
            .Reserve(record.Name).Reserve(NameScope.ObjectMembers);
        if (messages.HasMessageMembers(record.Model.Key))
        {
            scope.Reserve(MessageAnalysis.ReservedRecordMembers);
        }

        RecordMemberPlanner.Plan(record, scope, diagnostics);
        foreach (var child in childrenByParent[record.Model.Key])
        {
            var memberName = child.Key.StartsWith(record.Model.Key + ".", StringComparison.Ordinal)
                ? child.Key.Substring(record.Model.Key.Length + 1)
                : child.Key.Substring(child.Key.LastIndexOf('.') + 1);
            var desired = Naming.ToPascalCase(memberName) + (child.IsUnion ? "Union" : "Struct");
            var nested = new RecordPlan(child, scope.Claim(desired, child.Key, child.Location), record, ns);
            record.Nested.Add(nested);
            PlanMembers(nested, childrenByParent, ns, messages, diagnostics);
        }
    }

    private static IReadOnlyList<string> PlanEnumMembers(EnumModel enumModel, string enumName, List<DiagnosticInfo> diagnostics)
    {
        // value__ is the CLR's name for an enum's backing field.
        var scope = new NameScope(CDescriptions.Describe(enumModel), diagnostics).Reserve("value__");
        var stripped = Naming.StripCommonPrefix(enumModel.Members.Select(m => m.Name).ToList());
        return enumModel.Members
            .Select((m, i) => scope.Claim(Naming.ToPascalCase(stripped[i]), m.Name, m.Location))
            .ToList();
    }

    private static List<IoctlPlan> PlanIoctls(IReadOnlyList<IoctlModel> ioctls, List<DiagnosticInfo> diagnostics)
    {
        var scope = new NameScope("class " + BindingPlan.IoctlsClass, diagnostics)
            .Reserve(BindingPlan.IoctlsClass).Reserve(NameScope.ObjectMembers);
        return ioctls
            .Select(i => new IoctlPlan(i, scope.Claim(Naming.ToVerbatimIdentifier(i.Name), i.Name, i.Location)))
            .ToList();
    }

    /// <summary>
    /// One client per fd kind. A method is named after its ioctl without the family prefix (the first segment,
    /// <c>GH_</c>/<c>GUNYAH_</c>/<c>KVM_</c>) and, when it comes next, the fd kind itself: <c>GUNYAH_VM_MAP_MEM</c>
    /// on a vm fd → <c>MapMem</c>, <c>GUNYAH_CREATE_GUEST_MEM</c> on the device → <c>CreateGuestMem</c>. Unlike a
    /// shared-prefix rule this gives the same name whatever other ioctls the kind happens to have.
    /// </summary>
    private static List<ClientPlan> PlanClients(List<IoctlPlan> ioctls, NameScope namespaceScope, List<DiagnosticInfo> diagnostics)
    {
        var clients = new List<ClientPlan>();
        var kinds = ioctls.Where(i => i.Model.FdKind is not null)
            .GroupBy(i => i.Model.FdKind!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            var name = namespaceScope.Claim(Naming.ToPascalCase(kind.Key) + "Ioctls", kind.Key, kind.First().Model.Location);
            var scope = new NameScope("struct " + name, diagnostics).Reserve(name).Reserve(NameScope.ObjectMembers);
            var members = kind.ToList();
            var methods = members
                .Select(m => new ClientMethodPlan(m, scope.Claim(Naming.ToPascalCase(MethodStem(m.Model.Name, kind.Key)), m.Model.Name, m.Model.Location)))
                .ToList();
            clients.Add(new ClientPlan(kind.Key, name, methods));
        }

        return clients;
    }

    /// <summary>The ioctl name less its first segment and a following fd-kind segment, never less than one segment.</summary>
    internal static string MethodStem(string ioctlName, string fdKind)
    {
        var stem = DropFirstSegment(ioctlName);
        var kindPrefix = fdKind.ToUpperInvariant() + "_";
        return stem.StartsWith(kindPrefix, StringComparison.Ordinal) && stem.Length > kindPrefix.Length
            ? stem.Substring(kindPrefix.Length)
            : stem;
    }

    private static string DropFirstSegment(string name)
    {
        var index = name.IndexOf('_', 1);
        return index > 0 && index < name.Length - 1 ? name.Substring(index + 1) : name;
    }
}
