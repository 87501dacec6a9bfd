namespace Gunyah.Generator.Tests.Oracle.Infrastructure;

/// <summary>
/// Locates gcc. The oracle is a required CI check, so a missing compiler fails the test loudly instead of
/// skipping it (a skip would let layout regressions land unseen).
/// </summary>
internal static class GccToolchain
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string Path => Located.Value ?? throw new InvalidOperationException(
        "gcc was not found on PATH. The gcc oracle tests are part of CI and need a C compiler: " +
        "install it (apt-get install -y gcc; .ci/run does this when it is missing) and rerun.");

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("GUNYAH_ORACLE_CC") is { Length: > 0 } configured)
        {
            return configured;
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in searchPath.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "gcc");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
