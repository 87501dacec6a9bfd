namespace Gunyah.Generator.CFrontEnd.Expressions;

public enum UnaryOperator
{
    Plus,
    Negate,
    BitwiseNot,
    LogicalNot,
}
