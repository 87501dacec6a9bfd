using System.Diagnostics.CodeAnalysis;
using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>
/// A VM function type, as a kernel module registers one with the Gunyah VM manager (the kernel's
/// <c>DECLARE_GUNYAH_VM_FUNCTION</c>): a type number, and bind / unbind / compare callbacks. ADD_FUNCTION of that
/// type calls <see cref="Bind"/>; REMOVE_FUNCTION unbinds every instance for which <see cref="Compare"/> is true.
/// </summary>
public abstract class VmFunctionType
{
    /// <param name="type">The number userspace passes in fn_desc.type.</param>
    /// <param name="name">A name for logs and errors (the module's).</param>
    protected VmFunctionType(uint type, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Type = type;
        Name = name;
    }

    /// <summary>The function type number.</summary>
    public uint Type { get; }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>Binds a new instance: the ioctl's result (&gt;= 0, e.g. a new fd) or -errno (then nothing is kept).</summary>
    public abstract int Bind(VmFunctionInstance instance);

    /// <summary>Releases what <see cref="Bind"/> set up (REMOVE_FUNCTION, or the VM going away).</summary>
    public abstract void Unbind(VmFunctionInstance instance);

    /// <summary>Whether <paramref name="instance"/> is the one a REMOVE_FUNCTION with <paramref name="argument"/> means.</summary>
    public abstract bool Compare(VmFunctionInstance instance, ReadOnlySpan<byte> argument, ulong argumentValue);
}

/// <summary>One bound function: its descriptor's argument (copied from user memory) and the type's own state.</summary>
public sealed class VmFunctionInstance
{
    internal VmFunctionInstance(VmFile vm, VmFunctionType type, byte[] argument, ulong argumentValue)
    {
        VmFile = vm;
        FunctionType = type;
        Argument = argument;
        ArgumentValue = argumentValue;
    }

    /// <summary>The function's type.</summary>
    public VmFunctionType FunctionType { get; }

    /// <summary>The argument bytes (fn_desc.arg_size bytes read at fn_desc.arg).</summary>
    public ReadOnlyMemory<byte> Argument { get; }

    /// <summary>fn_desc.arg itself (a pointer, or v10's by-value vCPU id).</summary>
    public ulong ArgumentValue { get; }

    /// <summary>Whatever the type keeps per instance.</summary>
    public object? State { get; set; }

    /// <summary>The VM's ID once allocated (0 before).</summary>
    public ushort Vmid => VmFile.Vmid;

    internal VmFile VmFile { get; }

    /// <summary>
    /// Asks for a hypervisor resource of the VM (the kernel's resource ticket): <paramref name="populate"/> runs
    /// with the resource once START collects it from VM_GET_HYP_RESOURCES, or at once if it already exists;
    /// <paramref name="unpopulate"/> runs when the resource goes away or the ticket is removed.
    /// 0, or -EEXIST when a ticket with that type and label exists.
    /// </summary>
    public int AddResourceTicket(GhRmResourceType type, uint label, Action<GhRmHypResource> populate, Action unpopulate)
    {
        ArgumentNullException.ThrowIfNull(populate);
        ArgumentNullException.ThrowIfNull(unpopulate);
        return VmFile.Tickets.Add(new ResourceTicket(this, type, label, populate, unpopulate));
    }

    /// <summary>Removes this instance's ticket(s), running their unpopulate.</summary>
    public void RemoveResourceTickets() => VmFile.Tickets.RemoveOwnedBy(this);
}

/// <summary>
/// The function types a reference kernel knows. vCPU (1), irqfd (2) and ioeventfd (3) are registered by default;
/// <see cref="Register"/> adds another, as loading a kernel module would. An unknown type gives ADD_FUNCTION ENOENT.
/// </summary>
public sealed class VmFunctionRegistry
{
    private readonly Dictionary<uint, VmFunctionType> types = new();
    private readonly Lock gate = new();

    internal VmFunctionRegistry()
    {
    }

    /// <summary>Registers <paramref name="type"/>.</summary>
    /// <exception cref="InvalidOperationException">A type with that number is registered.</exception>
    public void Register(VmFunctionType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (gate)
        {
            if (!types.TryAdd(type.Type, type))
            {
                throw new InvalidOperationException($"Function type {type.Type} is already registered ({types[type.Type].Name}).");
            }
        }
    }

    /// <summary>Unregisters type <paramref name="type"/>; bound instances stay bound. False if it was not registered.</summary>
    public bool Unregister(uint type)
    {
        lock (gate)
        {
            return types.Remove(type);
        }
    }

    /// <summary>Finds a registered type.</summary>
    public bool TryGet(uint type, [NotNullWhen(true)] out VmFunctionType? functionType)
    {
        lock (gate)
        {
            return types.TryGetValue(type, out functionType);
        }
    }
}
