namespace Gunyah.Generator.Emit;

/// <summary>
/// Emits <c>public enum Name : underlying</c> with the width gcc picked (Int→int, UInt→uint, Long→long,
/// ULong→ulong). Members are Pascal-cased after dropping the '_'-delimited prefix all members share; values
/// are exact (decimal when signed, hex when unsigned). One file per enum.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedSource Emit(EmitContext context, EnumPlan plan)
    {
        var model = plan.Model;
        var underlying = PrimitiveTypes.IntegerKeyword(model.UnderlyingType);
        var writer = context.BeginFile();
        context.Docs.Write(writer, model.Doc, "C: " + CDescriptions.Describe(model) + ", " + context.Docs.Where(model.Location));
        writer.Line(EmitContext.CNameAttribute(model.Key));
        writer.Open("public enum " + plan.Name + " : " + underlying);
        for (var i = 0; i < model.Members.Count; i++)
        {
            var member = model.Members[i];
            if (i > 0)
            {
                writer.Line();
            }

            context.Docs.Write(writer, member.Doc, "C: " + member.Name + ", " + context.Docs.Where(member.Location));
            writer.Line(EmitContext.CNameAttribute(member.Name));
            writer.Line(plan.MemberNames[i] + " = " + Literals.Integer(member.Bits, underlying) + ",");
        }

        writer.Close();
        return context.Finish(plan.Name, writer);
    }
}
