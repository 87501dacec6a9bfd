namespace Gunyah.Sdk.DeviceTree;

/// <summary>
/// Path resolution shared by the model and the blob accessor: "/a/b@1" walks from the root one component at a
/// time (see <see cref="DeviceTreeNode.FindChild"/> for how a component matches); a path not starting with '/'
/// begins with an alias, looked up as a string property of <c>/aliases</c>.
/// </summary>
internal static class DeviceTreePath
{
    /// <summary>Splits off the leading alias of a relative path: ("serial0", "") for "serial0", ("a", "/b") for "a/b".</summary>
    public static (string Alias, string Remainder) SplitAlias(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? (path, string.Empty) : (path[..slash], path[slash..]);
    }

    /// <summary>
    /// Moves to the next non-empty component of <paramref name="path"/> starting at <paramref name="position"/>;
    /// returns false at the end.
    /// </summary>
    public static bool NextComponent(string path, ref int position, out ReadOnlySpan<char> component)
    {
        while (position < path.Length && path[position] == '/')
            position++;
        if (position >= path.Length)
        {
            component = default;
            return false;
        }

        var end = path.IndexOf('/', position);
        if (end < 0)
            end = path.Length;
        component = path.AsSpan(position, end - position);
        position = end;
        return true;
    }
}
