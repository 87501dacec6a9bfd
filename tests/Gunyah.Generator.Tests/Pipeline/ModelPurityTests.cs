using System.Reflection;
using Gunyah.Generator.Emit;
using Gunyah.Generator.Model;
using Gunyah.Generator.Pipeline;

namespace Gunyah.Generator.Tests.Pipeline;

/// <summary>
/// Cached pipeline values must hold no Roslyn objects (symbols, syntax, locations, compilations): those pin
/// whole compilations in memory and compare by reference, which defeats caching.
/// </summary>
public class ModelPurityTests
{
    public static TheoryData<Type> StepOutputTypes => new()
    {
        typeof(HeaderModel),
        typeof(AdditionalFileEntry),
        typeof(RequestResult),
        typeof(HeaderFileSet),
        typeof(ModelResult),
        typeof(FdMap),
        typeof(BoundModelResult),
        typeof(EmitResult),
    };

    [Theory]
    [MemberData(nameof(StepOutputTypes))]
    public void Step_outputs_reference_no_Roslyn_types(Type root)
    {
        var offenders = new List<string>();
        var seen = new HashSet<Type>();
        Walk(root, root.Name, seen, offenders);

        Assert.Empty(offenders);
        Assert.Contains(typeof(string), seen);
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> offenders)
    {
        if (!seen.Add(type))
        {
            return;
        }

        if (type.Assembly.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
        {
            offenders.Add(path + " : " + type.FullName);
            return;
        }

        if (type.HasElementType)
        {
            Walk(type.GetElementType()!, path + "[]", seen, offenders);
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Walk(argument, path + "<" + argument.Name + ">", seen, offenders);
        }

        // Framework types are only entered through their generic arguments; our own types fully.
        if (type.Assembly != typeof(HeaderModel).Assembly)
        {
            return;
        }

        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var field in type.GetFields(all))
        {
            Walk(field.FieldType, path + "." + field.Name, seen, offenders);
        }

        foreach (var property in type.GetProperties(all))
        {
            Walk(property.PropertyType, path + "." + property.Name, seen, offenders);
        }
    }
}
