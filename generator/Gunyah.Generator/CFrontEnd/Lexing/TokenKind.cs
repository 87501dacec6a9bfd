namespace Gunyah.Generator.CFrontEnd.Lexing;

public enum TokenKind
{
    Identifier,
    /// <summary>A preprocessing number (<c>0x40u</c>, <c>1UL</c>, <c>010</c>); decoded by the expression parser.</summary>
    Number,
    CharLiteral,
    StringLiteral,
    Punctuator,
    /// <summary>Only inside directives: the end of the directive's line.</summary>
    EndOfLine,
    EndOfFile,
}
