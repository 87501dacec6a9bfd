using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>One test per message diagnostic: the message is reported and left out, the rest still works.</summary>
public class MessageDiagnosticsTests
{
    [Fact]
    public void GHGEN017_an_id_that_is_not_a_constant()
    {
        var model = MessageCompiler.CompileBody("""
            #define TM_CALL_UNKNOWN TM_CALL(TM_NO_SUCH_ID, void, void)
            #define TM_CALL_WIDE TM_CALL(0x100000000ULL, void, void)
            #define TM_CALL_GOOD TM_CALL(1, void, void)
            """);

        var errors = Only(model, DiagnosticIds.MessageIdNotConstant);
        Assert.Equal(2, errors.Count);
        Assert.Contains("TM_CALL_UNKNOWN", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("does not fit", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(["TM_CALL_GOOD"], model.Messages.Select(m => m.Name));
    }

    [Fact]
    public void GHGEN018_a_payload_that_is_not_a_packed_record()
    {
        var model = MessageCompiler.CompileBody("""
            struct tm_unpacked { __u32 a; };
            union tm_union { __u32 a; __u16 b; } __attribute__((packed));
            struct tm_pointer { void *p; } __attribute__((packed));
            struct tm_overlap { union { __u32 a; __u16 b; }; } __attribute__((packed));
            #define TM_CALL_INT TM_CALL(1, int, void)
            #define TM_CALL_UNPACKED TM_CALL(2, struct tm_unpacked, void)
            #define TM_CALL_UNION TM_CALL(3, void, union tm_union)
            #define TM_CALL_POINTER TM_CALL(4, struct tm_pointer, void)
            #define TM_CALL_OVERLAP TM_CALL(5, struct tm_overlap, void)
            #define TM_NOTIFICATION_NOT_A_TYPE TM_NOTIFICATION(6, 42)
            """);

        var errors = Only(model, DiagnosticIds.UnsupportedPayload);
        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, d => d.Message.Contains("not __attribute__((packed))", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("is a union", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("pointer", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("overlap", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("not a type name", StringComparison.Ordinal));
        Assert.Empty(model.Messages);
    }

    [Fact]
    public void GHGEN019_a_counted_list_without_an_integer_count_or_with_bad_entries()
    {
        var model = MessageCompiler.CompileBody("""
            struct tm_bad_count { struct tm_ok count; __u32 entries[]; } __attribute__((packed));
            struct tm_bad_entries { __u32 n; void *entries[]; } __attribute__((packed));
            struct tm_unpacked_list { __u32 n; __u32 entries[]; };
            struct tm_req_a { __u32 x; struct tm_bad_count list; } __attribute__((packed));
            struct tm_req_b { __u32 x; struct tm_bad_entries list; } __attribute__((packed));
            struct tm_req_c { struct tm_unpacked_list list; } __attribute__((packed));
            struct tm_self { struct tm_ok first; __u16 entries[]; } __attribute__((packed));
            #define TM_CALL_A TM_CALL(1, struct tm_req_a, void)
            #define TM_CALL_B TM_CALL(2, struct tm_req_b, void)
            #define TM_CALL_C TM_CALL(3, struct tm_req_c, void)
            #define TM_CALL_SELF TM_CALL(4, void, struct tm_self)
            """);

        var errors = Only(model, DiagnosticIds.InvalidCountedList);
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, d => d.Message.Contains("'count'", StringComparison.Ordinal) && d.Message.Contains("not an integer count", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("entries are fixed-size", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("struct tm_unpacked_list", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("struct tm_self", StringComparison.Ordinal));
        Assert.Empty(model.Messages);
    }

    [Fact]
    public void GHGEN020_a_flexible_array_that_is_not_last_or_not_at_the_top_level()
    {
        var model = MessageCompiler.CompileBody("""
            struct tm_list { __u16 n; __u16 entries[]; } __attribute__((packed));
            struct tm_zero_middle { __u32 a; __u8 middle[0]; __u32 b; } __attribute__((packed));
            struct tm_nested { __u32 a; struct tm_list list; } __attribute__((packed));
            struct tm_deep { struct tm_nested nested; } __attribute__((packed));
            #define TM_CALL_MIDDLE TM_CALL(1, struct tm_zero_middle, void)
            #define TM_CALL_DEEP TM_CALL(2, struct tm_deep, void)
            #define TM_CALL_GOOD TM_CALL(3, struct tm_nested, void)
            """);

        var errors = Only(model, DiagnosticIds.MisplacedFlexibleArray);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, d => d.Message.Contains("'middle' is not the last member", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("only allowed as direct members of a payload", StringComparison.Ordinal));
        Assert.Equal(["TM_CALL_GOOD"], model.Messages.Select(m => m.Name));
    }

    [Fact]
    public void GHGEN021_two_messages_with_one_id()
    {
        var model = MessageCompiler.CompileBody("""
            #define TM_CALL_FIRST TM_CALL(5, void, void)
            #define TM_NOTIFICATION_SECOND TM_NOTIFICATION(5, struct tm_ok)
            """);

        var error = Assert.Single(Only(model, DiagnosticIds.DuplicateMessageId));
        Assert.Contains("'TM_NOTIFICATION_SECOND' has id 0x00000005, already the id of 'TM_CALL_FIRST'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["TM_CALL_FIRST"], model.Messages.Select(m => m.Name));
    }

    [Fact]
    public void GHGEN022_an_invalid_list_alignment_is_reported_and_replaced_by_no_padding()
    {
        var run = ProtocolHarness.Create(listAlignment: "four").Run();

        var warning = Assert.Single(run.WithId(DiagnosticIds.InvalidMessageOption));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'four'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        run.AssertNoErrors();
        run.AssertCompilesCleanly();
        Assert.DoesNotContain(".Pad(", run.Source(".TmSetPeersReqReader.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_diagnostics_reach_the_build_at_the_message()
    {
        var header = TestProtocolHeader.Text.Replace("#endif", "#define TM_CALL_DUPLICATE TM_CALL(TM_RPC_VM_ALLOC, void, void)\n#endif", StringComparison.Ordinal);

        var run = ProtocolHarness.Create(header).Run();

        var error = Assert.Single(run.WithId(DiagnosticIds.DuplicateMessageId));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(TestProtocolHeader.Path, error.Location.GetLineSpan().Path);
        run.AssertCompilesCleanly();
    }

    private static List<DiagnosticInfo> Only(HeaderModel model, string id)
    {
        Assert.All(model.Diagnostics, d => Assert.Equal(id, d.Id));
        return model.Diagnostics.ToList();
    }
}
