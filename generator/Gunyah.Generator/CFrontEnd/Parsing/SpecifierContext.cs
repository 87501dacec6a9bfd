namespace Gunyah.Generator.CFrontEnd.Parsing;

/// <summary>Where declaration specifiers are parsed; decides which storage classes are allowed.</summary>
internal enum SpecifierContext
{
    /// <summary>A file-scope declaration: typedef and storage classes allowed.</summary>
    FileScope,
    /// <summary>A struct/union member: type specifiers, qualifiers and attributes only.</summary>
    Member,
    /// <summary>A type-name in a cast, sizeof, _Alignof, typeof or offsetof.</summary>
    TypeName,
}
