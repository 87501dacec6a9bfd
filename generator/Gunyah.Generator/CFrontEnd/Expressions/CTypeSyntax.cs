using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>
/// A type-name as parsed inside an expression (<c>sizeof(struct x)</c>, <c>(__u32)1</c>). The declaration
/// parser defines the concrete shape; expressions only carry it to <see cref="IConstantContext"/>.
/// </summary>
public abstract record CTypeSyntax(LocationInfo Location, string Spelling);
