namespace Gunyah.AbiExplorer;

public enum OutputFormat
{
    Table,
    Json,
}
