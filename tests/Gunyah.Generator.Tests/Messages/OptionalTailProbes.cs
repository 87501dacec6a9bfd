using System.Reflection;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The test protocol generated with a given <c>MessageOptionalTail</c> value (null: none), compiled with probes
/// that read and write through the generated readers, encoders, decoders and formatter (ref structs cannot be
/// reached through reflection) and return plain values. The value-taking <c>GetEncodedLength</c> exists only
/// with the option, so its probes are compiled only then.
/// </summary>
internal static class OptionalTailProbes
{
    private static readonly Dictionary<string, Lazy<Assembly>> Assemblies = new(StringComparer.Ordinal)
    {
        ["off"] = new(() => Load(null)),
        ["true"] = new(() => Load("true")),
        ["2:4"] = new(() => Load("2:4")),
    };

    /// <summary>Calls probe <paramref name="method"/> of the protocol generated with <paramref name="option"/> ("off", "true" or "2:4").</summary>
    public static T Call<T>(string option, string method, params object?[] arguments) =>
        (T)Assemblies[option].Value.GetType("Test.Proto.TailProbes", throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments)!;

    private static Assembly Load(string? option)
    {
        var sources = option is null ? new[] { Source } : [Source, OptionSource];
        var run = ProtocolHarness.Create(optionalTail: option, sources: sources).Run();
        run.AssertNoErrors();
        Assert.Empty(run.Diagnostics);
        return run.LoadAssembly();
    }

    private const string Source = """
        #pragma warning disable CS1591 // test probes, not an API
        using System;
        using System.Threading.Tasks;
        using Gunyah.Interop.Rpc;

        namespace Test.Proto;

        public static partial class TailProbes
        {
            public static TmAclEntry[] Acl => [new() { Vmid = 3, Rights = 6 }];

            public static TmSglEntry[] Sgl => [new() { Ipa = 0x80000000, Size = 0x1000 }];

            /// <summary>The attribute list's header holds 7 as its count (ignored: the span gives 0) and <paramref name="reserved"/>.</summary>
            public static TmMemShareReq Share(ushort reserved) =>
                new() { MemType = 1, Flags = 2, Label = 0x11223344, Attrs = new TmAttrList { NEntries = 7, Reserved = reserved } };

            public static byte[] EncodeShare(ushort reserved, int attrs)
            {
                var bytes = new byte[64];
                var written = TmMemShareReq.Encode(bytes, Share(reserved), Acl, Sgl, new TmAttrEntry[attrs]);
                return bytes.AsSpan(0, written).ToArray();
            }

            public static int ShareLength(int attrs) => TmMemShareReq.GetEncodedLength(1, 1, attrs);

            public static string ReadShare(byte[] bytes)
            {
                if (!TmMemShareReqReader.TryRead(bytes, out var reader))
                {
                    return "invalid";
                }

                var value = reader.ReadFixed();
                var owned = reader.ToPayload();
                return $"{reader.MemType},{reader.Flags},{reader.Label:x};{reader.Acl.Count},{reader.Sgl.Count},{reader.Attrs.Count};" +
                    $"n={value.Acl.NEntries},{value.Sgl.NEntries},{value.Attrs.NEntries};owned={owned.Acl.Length},{owned.Sgl.Length},{owned.Attrs.Length}";
            }

            public static string ReadPeers(byte[] bytes) =>
                TmSetPeersReqReader.TryRead(bytes, out var reader) ? $"{reader.Flags:x};{reader.Peers.Count};{reader.After:x};{reader.ReadFixed().After:x}" : "invalid";

            public static string ReadConsole(byte[] bytes) =>
                TmVmConsoleNotifReader.TryRead(bytes, out var reader) ? $"{reader.Vmid};{reader.NumBytes};{Convert.ToHexString(reader.Data)}" : "invalid";

            public static byte[] EncodeResources(uint countField, int entries)
            {
                var bytes = new byte[TmGetResourcesResp.GetEncodedLength(entries) + 8];
                var written = TmGetResourcesResp.Encode(bytes, new TmGetResourcesResp { NEntries = countField }, new TmResourceEntry[entries]);
                return bytes.AsSpan(0, written).ToArray();
            }

            /// <summary>How many GetEncodedLength overloads a payload has (the value-taking one only when its last list may be left off).</summary>
            public static int LengthOverloads(string type) =>
                Array.FindAll(typeof(TailProbes).Assembly.GetType("Test.Proto." + type, true)!.GetMethods(), m => m.Name == "GetEncodedLength").Length;

            public static string Format(uint id, bool isReply, byte[] payload) => TmMessages.FormatPayload(id, isReply, payload);

            public static async Task<string> ClientVmAlloc(IRpcChannel channel)
            {
                using var client = new TmClient(channel);
                return (await client.VmAllocAsync(new TmVmAllocReq { Vmid = 9 })).ToString();
            }
        }
        """;

    private const string OptionSource = """
        #pragma warning disable CS1591 // test probes, not an API
        namespace Test.Proto;

        public static partial class TailProbes
        {
            public static int ShareLengthOf(ushort reserved, int attrs) => TmMemShareReq.GetEncodedLength(Share(reserved), 1, 1, attrs);
        }
        """;
}
