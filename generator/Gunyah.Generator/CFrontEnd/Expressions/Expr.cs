using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Expressions;

/// <summary>A C constant expression (the subset UAPI headers use).</summary>
public abstract record Expr(LocationInfo Location);

/// <summary>An integer or character constant, already typed per C's suffix and value rules.</summary>
public sealed record IntegerLiteralExpr(CValue Value, LocationInfo Location) : Expr(Location);

/// <summary>A string literal (adjacent literals concatenated), decoded.</summary>
public sealed record StringLiteralExpr(string Value, LocationInfo Location) : Expr(Location);

public sealed record IdentifierExpr(string Name, LocationInfo Location) : Expr(Location);

public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, LocationInfo Location) : Expr(Location);

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, LocationInfo Location) : Expr(Location);

public sealed record ConditionalExpr(Expr Condition, Expr WhenTrue, Expr WhenFalse, LocationInfo Location) : Expr(Location);

public sealed record CastExpr(CTypeSyntax Type, Expr Operand, LocationInfo Location) : Expr(Location);

public sealed record SizeofTypeExpr(CTypeSyntax Type, LocationInfo Location) : Expr(Location);

public sealed record AlignofTypeExpr(CTypeSyntax Type, LocationInfo Location) : Expr(Location);

/// <summary><c>__builtin_offsetof(type, member.path)</c>.</summary>
public sealed record OffsetofExpr(CTypeSyntax Type, string MemberPath, LocationInfo Location) : Expr(Location);
