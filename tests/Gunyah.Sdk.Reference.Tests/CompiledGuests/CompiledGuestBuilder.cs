using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Gunyah.Sdk.Reference.Tests.CompiledGuests;

/// <summary>
/// Compiles a freestanding C guest from guests/ (copied beside the tests) with the aarch64 cross gcc: start.S and
/// guest_lib.c plus the program's sources, linked by guest.ld at the address the VM will run it, then flattened with
/// objcopy. Each (sources, address) is built once per test run, into one temporary folder removed at exit.
/// </summary>
internal static class CompiledGuestBuilder
{
    public const string Gcc = "aarch64-linux-gnu-gcc";
    public const string Objcopy = "aarch64-linux-gnu-objcopy";

    private static readonly ConcurrentDictionary<string, Lazy<CompiledGuest>> Built = new();
    private static readonly Lazy<string> WorkFolder = new(CreateWorkFolder);

    /// <summary>The folder holding the guests' sources: the test output's copy (the benchmarks, which link this
    /// file, point it at the repository's).</summary>
    public static string SourceFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "CompiledGuests", "guests");

    /// <summary>Why C guests cannot be built here, or null when the cross tools are on PATH.</summary>
    public static string? MissingTools { get; } = FindMissingTools();

    /// <summary>The guest made of <paramref name="sources"/> (files in guests/), linked to run at <paramref name="loadAddress"/>.</summary>
    public static CompiledGuest Build(ulong loadAddress, params string[] sources)
    {
        var key = string.Join(' ', sources) + "@" + loadAddress.ToString("X", CultureInfo.InvariantCulture);
        return Built.GetOrAdd(key, _ => new Lazy<CompiledGuest>(() => Compile(loadAddress, sources))).Value;
    }

    private static CompiledGuest Compile(ulong loadAddress, string[] sources)
    {
        if (MissingTools is { } missing)
            throw new InvalidOperationException(missing);
        var name = $"{Path.GetFileNameWithoutExtension(sources[^1])}-{loadAddress:x}";
        var elf = Path.Combine(WorkFolder.Value, name + ".elf");
        var flat = Path.Combine(WorkFolder.Value, name + ".bin");
        string[] arguments =
        [
            "-O2", "-ffreestanding", "-nostdlib", "-mgeneral-regs-only", "-mno-outline-atomics", "-static",
            "-mstrict-align", // The MMU is off: guest memory is Device memory, where unaligned accesses fault.
            "-fno-pie", "-no-pie", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
            "-Wall", "-Wextra", "-Werror",
            "-T", Path.Combine(SourceFolder, "guest.ld"),
            $"-Wl,--defsym=GUEST_LOAD_ADDRESS=0x{loadAddress:x}", "-Wl,--build-id=none", "-Wl,--no-warn-rwx-segments",
            "-o", elf,
            Path.Combine(SourceFolder, "start.S"), Path.Combine(SourceFolder, "guest_lib.c"),
            .. sources.Select(s => Path.Combine(SourceFolder, s)),
            "-lgcc", // In case gcc calls a helper (128-bit division, say); unused helpers are not linked.
        ];
        RunTool(Gcc, arguments);
        RunTool(Objcopy, ["-O", "binary", elf, flat]);
        return new CompiledGuest(File.ReadAllBytes(flat), loadAddress);
    }

    private static void RunTool(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}):\n{errors}{output.Result}");
    }

    private static string CreateWorkFolder()
    {
        var folder = Directory.CreateTempSubdirectory("gunyah-cguests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary folder is harmless.
            }
        };
        return folder;
    }

    private static string? FindMissingTools()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var missing = new[] { Gcc, Objcopy }.Where(tool => !path.Any(folder => File.Exists(Path.Combine(folder, tool)))).ToArray();
        return missing.Length == 0
            ? null
            : $"The aarch64 cross tools are missing ({string.Join(", ", missing)}): install gcc-aarch64-linux-gnu and binutils-aarch64-linux-gnu.";
    }
}
