using FnDesc = Gunyah.Sdk.Uapi.V17.GunyahFnDesc;

namespace Gunyah.Sdk.Reference.HostKernel;

/// <summary>ADD_FUNCTION and REMOVE_FUNCTION (§5.4, §6.4): the 16-byte fn_desc, then arg_size bytes at arg.</summary>
internal sealed partial class VmFile
{
    /// <summary>GUNYAH_FN_MAX_ARG_SIZE / GH_FN_MAX_ARG_SIZE.</summary>
    public const uint MaxArgumentSize = 256;

    private readonly List<VmFunctionInstance> functions = [];

    /// <summary>ADD_FUNCTION: EFAULT, EINVAL (arg_size over 256), EFAULT (argument), ENOENT (unknown type), then the
    /// type's bind. The VM state is not checked.</summary>
    public int AddFunction(nint argument)
    {
        if (!ReadDescriptor(argument, out var descriptor, out var bytes, out var error))
        {
            return error;
        }

        if (!Driver.Functions.TryGet(descriptor.Type, out var type))
        {
            return -Errno.ENOENT;
        }

        lock (Gate)
        {
            var instance = new VmFunctionInstance(this, type, bytes, descriptor.Arg);
            var result = type.Bind(instance);
            if (result >= 0)
            {
                functions.Add(instance);
            }

            return result;
        }
    }

    /// <summary>REMOVE_FUNCTION: unbinds every instance of the type the type's compare matches; ENOENT for none
    /// (android14-6.1: arg_size 0 removes nothing and answers 0).</summary>
    public int RemoveFunction(nint argument)
    {
        if (!ReadDescriptor(argument, out var descriptor, out var bytes, out var error))
        {
            return error;
        }

        if (Generation.RemoveWithoutArgumentIsNoop && descriptor.ArgSize == 0)
        {
            return 0;
        }

        lock (Gate)
        {
            var matched = functions.FindAll(f => f.FunctionType.Type == descriptor.Type && f.FunctionType.Compare(f, bytes, descriptor.Arg));
            if (matched.Count == 0)
            {
                return -Errno.ENOENT;
            }

            foreach (var instance in matched)
            {
                functions.Remove(instance);
                instance.FunctionType.Unbind(instance);
            }

            return 0;
        }
    }

    private void RemoveAllFunctions()
    {
        foreach (var instance in functions)
        {
            instance.FunctionType.Unbind(instance);
        }

        functions.Clear();
    }

    private static bool ReadDescriptor(nint argument, out FnDesc descriptor, out byte[] bytes, out int error)
    {
        bytes = [];
        if (!UserMemory.TryRead(argument, out descriptor))
        {
            error = -Errno.EFAULT;
            return false;
        }

        if (descriptor.ArgSize > MaxArgumentSize)
        {
            error = -Errno.EINVAL;
            return false;
        }

        var copied = UserMemory.TryReadBytes(descriptor.Arg, descriptor.ArgSize);
        if (copied is null)
        {
            error = -Errno.EFAULT;
            return false;
        }

        bytes = copied;
        error = 0;
        return true;
    }
}
