namespace Gunyah.Sdk.Reference.Hypervisor;

/// <summary>
/// One VM's capability space: cap id → (object, rights). Ids are opaque and per space: each is a bijective
/// 64-bit mix of (this space's serial number, a slot counter), so no two spaces — not even two incarnations
/// of one VMID — hand out the same id, and one object has a different id in each VM that holds it. 0 and
/// <see cref="ulong.MaxValue"/> (Linux's invalid cap id) are never used. Guarded by the hypervisor's lock.
/// </summary>
internal sealed class CapabilitySpace
{
    private readonly Dictionary<ulong, Slot> slots = [];
    private readonly ulong serial;
    private uint next;

    public CapabilitySpace(ulong serial) => this.serial = serial;

    /// <summary>Slots in use, revoked ones included.</summary>
    public int Count => slots.Count;

    /// <summary>Adds a capability to <paramref name="target"/>; the caller has taken the object reference.</summary>
    public HypError Insert(HypObject target, uint rights, out ulong capId)
    {
        while (true)
        {
            if (next == uint.MaxValue)
            {
                capId = 0;
                return HypError.CspaceFull;
            }

            capId = Mix((serial << 32) | next++);
            if (capId is not (0 or ulong.MaxValue) && !slots.ContainsKey(capId))
            {
                slots.Add(capId, new Slot(target, rights));
                return HypError.Ok;
            }
        }
    }

    /// <summary>The object <paramref name="capId"/> names, if it has the type and every right asked for.</summary>
    public HypError Lookup(ulong capId, HypObjectType type, uint rights, out HypObject? target)
    {
        target = null;
        if (!slots.TryGetValue(capId, out var slot))
            return HypError.CspaceCapNull;
        if (slot.Object is not { } found)
            return HypError.CspaceCapRevoked;
        if (found.Type != type)
            return HypError.CspaceWrongObjectType;
        if ((slot.Rights & rights) != rights)
            return HypError.CspaceInsufficientRights;
        target = found;
        return HypError.Ok;
    }

    /// <summary>Marks the slot revoked (later lookups: CAP_REVOKED) and returns the object it named.</summary>
    public HypError Revoke(ulong capId, out HypObject? revoked)
    {
        revoked = null;
        if (!slots.TryGetValue(capId, out var slot))
            return HypError.CspaceCapNull;
        if (slot.Object is null)
            return HypError.CspaceCapRevoked;
        revoked = slot.Object;
        slot.Object = null;
        return HypError.Ok;
    }

    /// <summary>Revokes every slot naming <paramref name="target"/>; returns how many.</summary>
    public int RevokeAll(HypObject target)
    {
        var count = 0;
        foreach (var slot in slots.Values)
        {
            if (ReferenceEquals(slot.Object, target))
            {
                slot.Object = null;
                count++;
            }
        }

        return count;
    }

    /// <summary>Frees the slot; the id is then unknown (CAP_NULL). Returns the object if it was not revoked.</summary>
    public HypError Delete(ulong capId, out HypObject? removed)
    {
        removed = null;
        if (!slots.Remove(capId, out var slot))
            return HypError.CspaceCapNull;
        removed = slot.Object;
        return HypError.Ok;
    }

    /// <summary>Empties the space, handing each still-live object to <paramref name="release"/>.</summary>
    public void Clear(Action<HypObject> release)
    {
        foreach (var slot in slots.Values)
        {
            if (slot.Object is { } target)
                release(target);
        }

        slots.Clear();
    }

    /// <summary>The finaliser of SplitMix64: a bijection on 64-bit values that scatters neighbours.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Slot(HypObject target, uint rights)
    {
        public HypObject? Object = target;
        public readonly uint Rights = rights;
    }
}
