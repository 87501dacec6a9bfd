using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>The front-end captures annotated messages: ids, kinds, payload types; nothing else changes.</summary>
public class MessageModelTests
{
    [Fact]
    public void Every_annotated_macro_is_a_message_with_its_id_kind_and_payload_types()
    {
        var model = MessageCompiler.Compile(TestProtocolHeader.Text);

        Assert.Empty(model.Diagnostics);
        Assert.Equal(
            ["TM_CALL_VM_ALLOC", "TM_CALL_MEM_SHARE", "TM_CALL_GET_RESOURCES", "TM_CALL_VM_RESET", "TM_CALL_SET_CONFIG", "TM_CALL_SET_PEERS", "TM_CALL_SET_PAIR", "TM_NOTIFICATION_VM_CONSOLE"],
            model.Messages.Select(m => m.Name));
        var alloc = model.Messages[0];
        Assert.Equal((MessageKind.Call, 0x56000001u, "TM_RPC_VM_ALLOC"), (alloc.Kind, alloc.Id, alloc.IdName));
        Assert.Equal(("tm_vm_alloc_req", "struct tm_vm_alloc_req"), (alloc.Request!.TargetKey, alloc.Request.CSpelling));
        Assert.Equal("tm_vm_alloc_resp", alloc.Reply!.TargetKey);
        Assert.Equal("Allocates a VM id.", alloc.Doc);
        Assert.True(alloc.IsFromRootHeader);

        var resources = model.Messages[2];
        Assert.Null(resources.Request);
        Assert.Equal("tm_get_resources_resp", resources.Reply!.TargetKey);
        Assert.Null(model.Messages[3].Reply);

        var console = model.Messages[7];
        Assert.Equal((MessageKind.Notification, 0x56100080u), (console.Kind, console.Id));
        Assert.Equal("tm_vm_console_notif", console.Request!.TargetKey);
        Assert.Null(console.Reply);
    }

    [Fact]
    public void Message_macros_are_not_constants_but_their_id_macros_are()
    {
        var model = MessageCompiler.Compile(TestProtocolHeader.Text);

        var constants = model.Constants.Select(c => c.Name).ToList();
        Assert.DoesNotContain("TM_CALL_VM_ALLOC", constants);
        Assert.DoesNotContain("TM_NOTIFICATION_VM_CONSOLE", constants);
        Assert.Contains("TM_RPC_VM_ALLOC", constants);
        Assert.Empty(model.Ioctls);
    }

    [Fact]
    public void Without_annotation_macros_messages_are_plain_constants()
    {
        var model = MessageCompiler.Compile(TestProtocolHeader.Text, messages: false);

        Assert.Empty(model.Messages);
        Assert.Equal(0x56000001ul, model.Constants.Single(c => c.Name == "TM_CALL_VM_ALLOC").Bits);
    }

    [Fact]
    public void Payload_records_of_an_included_header_get_models()
    {
        const string types = """
            #include <linux/types.h>
            struct tm_inc_req { __u64 a; } __attribute__((packed));
            struct tm_unused { __u64 b; } __attribute__((packed));
            """;
        var root = MessageCompiler.Prelude.Replace("struct tm_ok", "#include <tm/types.h>\nstruct tm_ok", StringComparison.Ordinal) +
            "#define TM_CALL_INC TM_CALL(7, struct tm_inc_req, void)\n";

        var model = MessageCompiler.Compile(root, includes: ("/proto/include/tm/types.h", types));

        Assert.Empty(model.Diagnostics);
        Assert.Contains(model.Structs, s => s.Key == "tm_inc_req");
        Assert.DoesNotContain(model.Structs, s => s.Key == "tm_unused");
    }

    [Fact]
    public void Messages_of_included_headers_are_left_out_unless_every_declaration_is_emitted()
    {
        var included = MessageCompiler.Prelude + "#define TM_CALL_INCLUDED TM_CALL(9, struct tm_ok, void)\n";
        const string root = "#include <tm/more.h>\n#define TM_CALL_ROOT TM_CALL(10, void, struct tm_ok)\n";

        var model = MessageCompiler.Compile(root, includes: ("/proto/include/tm/more.h", included));
        var all = MessageCompiler.Compile(root, emitAll: true, includes: ("/proto/include/tm/more.h", included));

        Assert.Equal(["TM_CALL_ROOT"], model.Messages.Select(m => m.Name));
        Assert.Equal(["TM_CALL_INCLUDED", "TM_CALL_ROOT"], all.Messages.Select(m => m.Name));
        Assert.False(all.Messages[0].IsFromRootHeader);
    }

    [Fact]
    public void Ids_may_be_expressions_and_payloads_typedefs()
    {
        var model = MessageCompiler.CompileBody("""
            #define TM_BASE 0x100U
            typedef struct { __u16 x; } __attribute__((packed)) tm_typedef_t;
            #define TM_CALL_EXPR TM_CALL(TM_BASE + 3, tm_typedef_t, void)
            #define TM_NOTIFICATION_LITERAL TM_NOTIFICATION(0x200, void)
            """);

        Assert.Empty(model.Diagnostics);
        Assert.Equal((0x103u, (string?)null, "tm_typedef_t"), (model.Messages[0].Id, model.Messages[0].IdName, model.Messages[0].Request!.TargetKey));
        Assert.Equal((0x200u, (TypeRef?)null), (model.Messages[1].Id, model.Messages[1].Request));
    }

    [Fact]
    public void A_struct_ending_in_a_flexible_array_is_laid_out_as_a_member_by_its_fixed_part()
    {
        var model = MessageCompiler.Compile(TestProtocolHeader.Text);

        var share = model.Structs.Single(s => s.Key == "tm_mem_share_req");
        Assert.Equal(20, share.Size);
        Assert.Equal([0, 1, 2, 3, 4, 8, 12, 16], share.Fields.Select(f => f.Offset));
        Assert.All(share.Fields, f => Assert.False(f.IsFlexibleArray));
    }
}
