using System.Reflection;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// The test protocol's generated code, compiled once with probes: C# that calls the codecs, readers, client
/// and dispatcher directly (ref structs cannot be reached through reflection) and returns plain values the
/// tests compare with hand-computed bytes.
/// </summary>
internal static class ProtocolProbes
{
    private static readonly Lazy<Assembly> LazyAssembly = new(() => ProtocolHarness.Load(Source));

    public static Assembly Assembly => LazyAssembly.Value;

    public static T Call<T>(string method, params object?[] arguments) =>
        (T)Assembly.GetType("Test.Proto.Probes", throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments)!;

    public static Task<T> CallAsync<T>(string method, params object?[] arguments) => Call<Task<T>>(method, arguments);

    public const string Source = """
        #pragma warning disable CS1591 // test probes, not an API
        using System;
        using System.Buffers;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Gunyah.Interop.Rpc;

        namespace Test.Proto;

        public static class Probes
        {
            public static TmVmAllocResp AllocResp => new() { Vmid = 0x1234, State = TmVmState.Running, Token = 0x0102030405060708 };

            public static TmMemShareReq ShareFixed => new() { MemType = 1, Flags = 2, Label = 0x11223344, Acl = new TmAclList { NEntries = 99 } };

            public static TmAclEntry[] Acl => [new() { Vmid = 3, Rights = 6 }];

            public static TmSglEntry[] Sgl => [new() { Ipa = 0x80000000, Size = 0x1000 }];

            public static TmAttrEntry[] Attrs => [new() { Attr = 1, Vmid = 3 }, new() { Attr = 2, Vmid = 4 }];

            public static TmResourceEntry[] Resources =>
            [
                new() { Type = 1, Partner = 0x0203, Cap = 0x0A0B0C0D, Base = 0x1122334455667788 },
                new() { Type = 2, Partner = 5, Cap = 6, Base = 7 },
            ];

            public static byte[] Encode(TmVmAllocResp value)
            {
                var bytes = new byte[TmVmAllocResp.Encode(value, new byte[64])];
                TmVmAllocResp.Encode(value, bytes);
                return bytes;
            }

            public static byte[] EncodeAllocResp() => Encode(AllocResp);

            public static string DecodeAllocResp(byte[] bytes) =>
                TmVmAllocResp.TryDecode(bytes, out var value, out var consumed) ? consumed + ":" + value : "false";

            public static string EncodeIntoShortBuffer()
            {
                try
                {
                    TmVmAllocResp.Encode(AllocResp, new byte[15]);
                    return "no exception";
                }
                catch (ArgumentException exception)
                {
                    return exception.ParamName!;
                }
            }

            public static byte[] EncodeConfig()
            {
                var value = new TmConfigReq { Version = new TmVersion { Major = 1, Minor = 2 }, Priority = 0xA, Mode = 5 };
                value.Offsets[0] = -2;
                value.Offsets[1] = 0x1234;
                var bytes = new byte[10];
                TmConfigReq.Encode(value, bytes);
                return bytes;
            }

            public static string DecodeConfig(byte[] bytes)
            {
                if (!TmConfigReq.TryDecode(bytes, out var value, out _))
                {
                    return "false";
                }

                return $"{value.Version.Major},{value.Version.Minor},{value.Priority},{value.Mode},{value.Offsets[0]},{value.Offsets[1]}";
            }

            public static byte[] EncodeMemShare()
            {
                var bytes = new byte[TmMemShareReq.GetEncodedLength(1, 1, 2)];
                var written = TmMemShareReq.Encode(bytes, ShareFixed, Acl, Sgl, Attrs);
                return bytes.AsSpan(0, written).ToArray();
            }

            public static string ReadMemShare(byte[] bytes)
            {
                if (!TmMemShareReqReader.TryRead(bytes, out var reader))
                {
                    return "invalid";
                }

                var acl = string.Join(",", reader.Acl.ToArray().Select(e => e.Vmid + ":" + e.Rights));
                var sgl = string.Join(",", reader.Sgl.ToArray().Select(e => e.Ipa.ToString("x") + ":" + e.Size.ToString("x")));
                var attrs = string.Join(",", reader.Attrs.ToArray().Select(e => e.Attr + ":" + e.Vmid));
                var counts = reader.ReadFixed();
                return $"{reader.MemType},{reader.Flags},{reader.Label:x};acl={acl};sgl={sgl};attrs={attrs};n={counts.Acl.NEntries},{counts.Sgl.NEntries},{counts.Attrs.NEntries}";
            }

            public static byte[] EncodeSetPeers(ushort[] peers)
            {
                var bytes = new byte[TmSetPeersReq.GetEncodedLength(peers.Length)];
                TmSetPeersReq.Encode(bytes, new TmSetPeersReq { Flags = 0xAABBCCDD, After = 0x01020304 }, peers);
                return bytes;
            }

            public static string ReadSetPeers(byte[] bytes)
            {
                if (!TmSetPeersReqReader.TryRead(bytes, out var reader))
                {
                    return "invalid";
                }

                var peers = new List<ushort>();
                foreach (var peer in reader.Peers)
                {
                    peers.Add(peer);
                }

                return $"{reader.Flags:x};{string.Join(",", peers)};{reader.After:x};{reader.Peers.Count}";
            }

            public static string EncodeTooManyPeers()
            {
                try
                {
                    TmSetPeersReq.GetEncodedLength(70000);
                    return "no exception";
                }
                catch (ArgumentOutOfRangeException exception)
                {
                    return exception.ParamName!;
                }
            }

            public static byte[] EncodeResources()
            {
                var bytes = new byte[TmGetResourcesResp.GetEncodedLength(2)];
                TmGetResourcesResp.Encode(bytes, new TmGetResourcesResp { NEntries = 7 }, Resources);
                return bytes;
            }

            public static string ReadResources(byte[] bytes)
            {
                if (!TmGetResourcesRespReader.TryRead(bytes, out var reader))
                {
                    return "invalid";
                }

                var entries = reader.Entries;
                return $"{reader.NEntries};{entries.Count};{entries[0].Partner:x};{entries[0].Cap:x};{entries[0].Base:x};{entries[1].Type}";
            }

            public static byte[] EncodeConsole(byte[] data)
            {
                var bytes = new byte[TmVmConsoleNotif.GetEncodedLength(data.Length)];
                TmVmConsoleNotif.Encode(bytes, new TmVmConsoleNotif { Vmid = 9, NumBytes = (ushort)data.Length }, data);
                return bytes;
            }

            public static string ReadConsole(byte[] bytes) =>
                TmVmConsoleNotifReader.TryRead(bytes, out var reader)
                    ? $"{reader.Vmid};{reader.NumBytes};{Convert.ToHexString(reader.Data)}"
                    : "invalid";

            /// <summary>Bytes allocated by a warmed loop of encodes, decodes, reads and list enumerations.</summary>
            public static long AllocatedBytes()
            {
                var buffer = new byte[256];
                var share = EncodeMemShare();
                var peers = EncodeSetPeers([1, 2]);
                var console = EncodeConsole([1, 2, 3]);
                var acl = Acl;
                var sgl = Sgl;
                var attrs = Attrs;
                var resp = AllocResp;
                var fixedShare = ShareFixed;
                long sum = 0;
                for (var round = 0; round < 2; round++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < 1000; i++)
                    {
                        sum += TmVmAllocResp.Encode(resp, buffer);
                        sum += TmVmAllocResp.TryDecode(buffer, out var decoded, out _) ? decoded.Vmid : 0;
                        sum += TmMemShareReq.Encode(buffer, fixedShare, acl, sgl, attrs);
                        if (TmMemShareReqReader.TryRead(share, out var reader))
                        {
                            foreach (var entry in reader.Acl)
                            {
                                sum += entry.Vmid;
                            }

                            foreach (var entry in reader.Sgl)
                            {
                                sum += (long)entry.Size;
                            }

                            sum += reader.Attrs[1].Vmid + reader.Label;
                        }

                        if (TmSetPeersReqReader.TryRead(peers, out var peerReader))
                        {
                            foreach (var peer in peerReader.Peers)
                            {
                                sum += peer;
                            }
                        }

                        if (TmVmConsoleNotifReader.TryRead(console, out var consoleReader))
                        {
                            sum += consoleReader.Data.Length;
                        }
                    }

                    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    if (round == 1)
                    {
                        return sum > 0 ? allocated : -1;
                    }
                }

                return -1;
            }

            public static string Format(uint id, bool isReply, byte[] payload) => TmMessages.FormatPayload(id, isReply, payload);

            public static string Find(uint id) => TmMessages.TryFind(id, out var descriptor) ? descriptor.ToString() + "|" + descriptor.RequestCType + "|" + descriptor.ReplyCType : "none";

            public static async Task<string> ClientVmAlloc(IRpcChannel channel)
            {
                var reply = await new TmClient(channel).VmAllocAsync(new TmVmAllocReq { Vmid = 7 });
                return reply.ToString();
            }

            public static async Task<string> ClientMemShare(IRpcChannel channel)
            {
                var reply = await new TmClient(channel).MemShareAsync(ShareFixed, Acl, Sgl, Attrs);
                return reply.Handle.ToString("x");
            }

            public static async Task<string> ClientGetResources(IRpcChannel channel)
            {
                var reply = await new TmClient(channel).GetResourcesAsync();
                return reply.Fixed.NEntries + ";" + string.Join(",", reply.Entries.Select(e => e.Type));
            }

            public static async Task<string> ClientVmReset(IRpcChannel channel)
            {
                await new TmClient(channel).VmResetAsync(new TmVmAllocReq { Vmid = 8 });
                return "done";
            }

            public static async Task<string> ClientExpectingFailure(IRpcChannel channel)
            {
                try
                {
                    await new TmClient(channel).VmAllocAsync(new TmVmAllocReq { Vmid = 7 });
                    return "no exception";
                }
                catch (RpcDecodeException exception)
                {
                    return exception.MessageName + "|" + exception.MessageId.ToString("x") + "|" + exception.PayloadType + "|" + exception.PayloadLength;
                }
            }

            public static IDisposable Subscribe(IRpcNotificationSource source, List<string> log)
            {
                var client = new TmClient(new NoChannel(), source);
                client.VmConsoleReceived += payload => log.Add($"console {payload.Fixed.Vmid} {Convert.ToHexString(payload.Data)}");
                client.NotificationDecodeFailed += exception => log.Add("failed " + exception.MessageName + " " + exception.PayloadLength);
                return client;
            }

            public static async Task<string> SendConsole(IRpcNotificationSink sink)
            {
                await TmNotifications.SendVmConsoleAsync(sink, new TmVmConsoleNotif { Vmid = 9, NumBytes = 3 }, new byte[] { 0x61, 0x62, 0x63 });
                return "sent";
            }

            public static IRpcService Dispatcher(List<string> log) => new TmDispatcher(new Handler(log), 4, 0xFFFFFFFF);

            private sealed class NoChannel : IRpcChannel
            {
                public ValueTask<RpcReply> CallAsync(uint messageId, ReadOnlyMemory<byte> request, CancellationToken cancellationToken) =>
                    throw new InvalidOperationException();
            }

            private sealed class Handler(List<string> log) : ITmHandler
            {
                public ValueTask<RpcResult<TmVmAllocResp>> VmAllocAsync(RpcCaller caller, TmVmAllocReq request, CancellationToken cancellationToken)
                {
                    log.Add($"alloc {caller.ClientId} {request.Vmid}");
                    return new(request.Vmid == 0 ? RpcResult.Error<TmVmAllocResp>(0x10) : AllocResp);
                }

                public ValueTask<RpcResult<TmMemShareResp>> MemShareAsync(RpcCaller caller, TmMemShareReqPayload request, CancellationToken cancellationToken)
                {
                    log.Add($"share {request.Fixed.Label:x} {request.Acl.Length} {request.Sgl.Length} {request.Attrs.Length}");
                    return new(new TmMemShareResp { Handle = 0x77 });
                }

                public ValueTask<RpcResult<TmGetResourcesRespPayload>> GetResourcesAsync(RpcCaller caller, CancellationToken cancellationToken)
                {
                    log.Add("resources");
                    return new(new TmGetResourcesRespPayload(default, Resources));
                }

                public ValueTask<RpcResult> VmResetAsync(RpcCaller caller, TmVmAllocReq request, CancellationToken cancellationToken)
                {
                    log.Add($"reset {request.Vmid}");
                    return new(request.Vmid == 0 ? RpcResult.Error(0x11) : RpcResult.Ok);
                }

                public ValueTask<RpcResult> SetConfigAsync(RpcCaller caller, TmConfigReq request, CancellationToken cancellationToken) => new(RpcResult.Ok);

                public ValueTask<RpcResult> SetPairAsync(RpcCaller caller, TmPairReq request, CancellationToken cancellationToken)
                {
                    log.Add($"pair {request.Pair.Lo} {request.Pair.Hi} {request.Tag}");
                    return new(RpcResult.Ok);
                }

                public ValueTask<RpcResult> SetPeersAsync(RpcCaller caller, TmSetPeersReqPayload request, CancellationToken cancellationToken)
                {
                    log.Add("peers " + string.Join(",", request.Peers));
                    return new(RpcResult.Ok);
                }
            }
        }
        """;
}
