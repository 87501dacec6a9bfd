namespace Gunyah.Generator.Model;

public enum ConstantKind
{
    Integer,
    String,
}
