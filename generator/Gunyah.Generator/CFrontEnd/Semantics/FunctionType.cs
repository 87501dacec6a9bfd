namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// A function type. Parameters are kept only as text: bindings lay functions out as addresses, so their
/// signature never matters beyond spelling.
/// </summary>
internal sealed class FunctionType : CType
{
    public FunctionType(CType returnType, string parameterText)
    {
        ReturnType = returnType;
        ParameterText = parameterText;
    }

    public CType ReturnType { get; }

    /// <summary>The parameter list as written, with its parentheses, e.g. <c>(int, void *)</c>.</summary>
    public string ParameterText { get; }
}
