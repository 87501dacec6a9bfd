namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// In a header with messages, every packed fixed-size record gets <c>Encode</c>/<c>TryDecode</c>, not only those a
/// payload reaches: helper structs that describe a raw tail or an error detail are decoded by hand otherwise.
/// Records without a member-by-member wire form are skipped silently (they are no payload, so no error).
/// </summary>
public class StandaloneCodecTests
{
    private const string Extra = """
        struct tm_plain { __u8 a; __u8 b; };

        struct tm_exit_reason {
        	__u16 type;
        	__u16 reserved;
        	__u32 code;
        	struct tm_plain plain;
        } __attribute__((packed));

        struct tm_with_pointer { void *p; } __attribute__((packed));
        union tm_either { __u32 a; __u16 b; } __attribute__((packed));
        struct tm_unpacked { __u32 a; };
        struct tm_open_list { __u16 n; __u16 items[]; } __attribute__((packed));

        #endif
        """;

    private const string Probe = """
        #pragma warning disable CS1591
        namespace Test.Proto;
        public static class StandaloneProbes
        {
            public static string RoundTrip()
            {
                var bytes = new byte[10];
                var written = TmExitReason.Encode(new TmExitReason { Type = 0x0102, Code = 0x0A0B0C0D, Plain = new TmPlain { A = 7, B = 8 } }, bytes);
                TmExitReason.TryDecode(bytes, out var value, out var consumed);
                return written + ":" + consumed + ":" + System.Convert.ToHexString(bytes) + ":" + value.Code.ToString("x") + "," + value.Plain.B;
            }
        }
        """;

    private static readonly string Header = TestProtocolHeader.Text.Replace("#endif", Extra, StringComparison.Ordinal);

    [Fact]
    public void Every_packed_fixed_size_record_gets_a_codec_when_the_header_has_messages()
    {
        var run = ProtocolHarness.Create(Header, sources: Probe).Run();

        Assert.Empty(run.Diagnostics);
        var hints = run.Sources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Test.Proto.TmExitReason.Wire.g.cs", hints);
        Assert.Contains("Test.Proto.TmPlain.Wire.g.cs", hints); // held by value, so needed (packed or not)
        Assert.DoesNotContain("Test.Proto.TmWithPointer.Wire.g.cs", hints);
        Assert.DoesNotContain("Test.Proto.TmEither.Wire.g.cs", hints);
        Assert.DoesNotContain("Test.Proto.TmUnpacked.Wire.g.cs", hints);
        Assert.DoesNotContain("Test.Proto.TmOpenList.Wire.g.cs", hints);

        var probes = run.LoadAssembly().GetType("Test.Proto.StandaloneProbes", throwOnError: true)!;
        Assert.Equal("10:10:020100000D0C0B0A0708:a0b0c0d,8", probes.GetMethod("RoundTrip")!.Invoke(null, null));
    }

    [Fact]
    public void Without_messages_no_record_gets_a_codec()
    {
        var run = ProtocolHarness.Create(Header, messages: false).Run();

        run.AssertCompilesCleanly();
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".Wire.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_RM_raw_tail_and_error_detail_helpers_get_codecs()
    {
        var run = RmHeaderTests.Harness().Run();

        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        foreach (var record in new[] { "GhRmVmExitReason", "GhRmVmExitReasonReset2", "GhRmVmIdEntryHdr", "GhRmIpaFixedEntry", "GhRmIpaAllocEntry", "GhRmHypErrorDetail" })
        {
            var codec = run.Source("Test.Rm." + record + ".Wire.g.cs");
            Assert.Contains("public static int Encode(in global::Test.Rm." + record + " value", codec, StringComparison.Ordinal);
            Assert.Contains("public static bool TryDecode(", codec, StringComparison.Ordinal);
        }
    }
}
