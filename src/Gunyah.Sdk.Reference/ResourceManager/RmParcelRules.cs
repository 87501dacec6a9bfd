using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// The request checks of fact sheet §2.5 that need no RM state beyond the parcel: ACL rights, duplicate VMIDs,
/// the owner's place in the ACL, DONATE and IO rules, SGL and attribute validity, list lengths, and the
/// MEM_ACCEPT flags. Malformed requests are ARGUMENT_INVALID; MAP_OTHER and callers outside the ACL DENIED;
/// failed validations VALIDATE_FAILED.
/// </summary>
internal static class RmParcelRules
{
    private const byte ShareFlagsKnown = (byte)(GhRmMemShareFlags.Sanitize | GhRmMemShareFlags.Append);
    private const byte AcceptFlagsKnown = (byte)(GhRmMemAcceptFlags.ValidateSanitized | GhRmMemAcceptFlags.ValidateAclAttr
        | GhRmMemAcceptFlags.ValidateLabel | GhRmMemAcceptFlags.MapOther | GhRmMemAcceptFlags.MapContiguous
        | GhRmMemAcceptFlags.Sanitize | GhRmMemAcceptFlags.Done);

    public static GhRmError CheckCreate(ushort owner, GhRmMemTransType trans, GhRmMemShareReqPayload request)
    {
        var f = request.Fixed;
        var io = f.MemType == (byte)GhRmMemType.Io;
        if (f.MemType > (byte)GhRmMemType.Io || (f.Flags & ~ShareFlagsKnown) != 0 || (io && (f.Flags & (byte)GhRmMemShareFlags.Sanitize) != 0))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (request.Acl.Length == 0 || request.Sgl.Length == 0 || request.Acl.Length > ReferenceResourceManager.MaxListEntries
            || request.Attrs.Length > ReferenceResourceManager.MaxListEntries || !CheckSgl(request.Sgl))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (!CheckAcl(request.Acl, io) || !CheckAttrs(request.Attrs, request.Acl, io))
        {
            return GhRmError.ArgumentInvalid;
        }

        var ownerListed = request.Acl.Any(a => a.Vmid == owner);
        if (trans == GhRmMemTransType.Share ? !ownerListed : ownerListed)
        {
            return GhRmError.ArgumentInvalid;
        }

        if (trans == GhRmMemTransType.Donate
            && (request.Acl.Length != 1 || request.Acl[0].Rights != (byte)(io ? GhRmMemAclRights.Rw : GhRmMemAclRights.Rwx) || !HasDefaultAttrs(request.Attrs, io)))
        {
            return GhRmError.ArgumentInvalid;
        }

        return GhRmError.Ok;
    }

    /// <summary>1..512 entries, each page aligned, non-empty and not wrapping.</summary>
    public static bool CheckSgl(GhRmMemEntry[] sgl) =>
        sgl.Length is > 0 and <= ReferenceResourceManager.MaxListEntries
        && sgl.All(e => e.Size != 0 && (e.Ipa | e.Size) % 0x1000 == 0 && e.Ipa + e.Size > e.Ipa);

    private static bool CheckAcl(GhRmMemAclEntry[] acl, bool io) =>
        acl.Select(a => a.Vmid).Distinct().Count() == acl.Length
        && acl.All(a => a.Reserved == 0 && (GhRmMemAclRights)a.Rights is GhRmMemAclRights.R or GhRmMemAclRights.Rx or GhRmMemAclRights.Rw or GhRmMemAclRights.Rwx
            && !(io && (a.Rights & (byte)GhRmMemAclRights.X) != 0));

    private static bool CheckAttrs(GhRmMemAttrEntry[] attrs, GhRmMemAclEntry[] acl, bool io) =>
        attrs.Select(a => a.Vmid).Distinct().Count() == attrs.Length
        && attrs.All(a => a.Attr <= (ushort)GhRmMemAttr.Cached && acl.Any(e => e.Vmid == a.Vmid) && (!io || a.Attr == (ushort)GhRmMemAttr.Device));

    private static bool HasDefaultAttrs(GhRmMemAttrEntry[] attrs, bool io) =>
        attrs.All(a => a.Attr == (ushort)(io ? GhRmMemAttr.Device : GhRmMemAttr.Normal));

    public static GhRmError CheckAccept(ushort borrower, RmParcel parcel, GhRmMemAcceptReqPayload request)
    {
        var f = request.Fixed;
        if (!parcel.InAcl(borrower) || parcel.Owner == borrower)
        {
            return GhRmError.Denied;
        }

        if ((f.Flags & (byte)GhRmMemAcceptFlags.MapOther) != 0)
        {
            return GhRmError.Denied;
        }

        if ((f.Flags & ~AcceptFlagsKnown) != 0 || f.Sgl.MapVmid != 0 || f.MemType != (byte)parcel.MemType || f.TransType != (byte)parcel.TransType
            || ((f.Flags & (byte)GhRmMemAcceptFlags.MapContiguous) != 0 && parcel.MemType == GhRmMemType.Io))
        {
            return GhRmError.ArgumentInvalid;
        }

        if (!parcel.Finished)
        {
            return GhRmError.MemInvalid;
        }

        if (parcel.AcceptedBy.Contains(borrower))
        {
            return GhRmError.MemInuse;
        }

        if ((f.Flags & (byte)GhRmMemAcceptFlags.Sanitize) != 0 && (parcel.RightsOf(borrower) & MemoryAccess.W) == 0)
        {
            return GhRmError.Denied;
        }

        if (((f.Flags & (byte)GhRmMemAcceptFlags.ValidateSanitized) != 0 && !parcel.Sanitized)
            || ((f.Flags & (byte)GhRmMemAcceptFlags.ValidateLabel) != 0 && f.Label != parcel.Label)
            || ((f.Flags & (byte)GhRmMemAcceptFlags.ValidateAclAttr) != 0 && !SameAclAndAttrs(parcel, request)))
        {
            return GhRmError.ValidateFailed;
        }

        if (request.Sgl.Length > 0
            && (!CheckSgl(request.Sgl) || request.Sgl.Aggregate(0UL, (s, e) => s + e.Size) != parcel.TotalSize
                || ((f.Flags & (byte)GhRmMemAcceptFlags.MapContiguous) != 0 && request.Sgl.Length != 1)))
        {
            return GhRmError.ArgumentInvalid;
        }

        return GhRmError.Ok;
    }

    private static bool SameAclAndAttrs(RmParcel parcel, GhRmMemAcceptReqPayload request) =>
        request.Acl.OrderBy(a => a.Vmid).Select(a => (a.Vmid, a.Rights)).SequenceEqual(parcel.Acl.OrderBy(a => a.Vmid).Select(a => (a.Vmid, a.Rights)))
        && request.Attrs.OrderBy(a => a.Vmid).Select(a => (a.Vmid, a.Attr)).SequenceEqual(parcel.Attrs.OrderBy(a => a.Vmid).Select(a => (a.Vmid, a.Attr)));
}
