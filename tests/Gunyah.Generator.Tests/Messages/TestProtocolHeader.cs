namespace Gunyah.Generator.Tests.Messages;

/// <summary>
/// A small protocol written in the message definitions format (docs/generator.md, "Message codecs"), with
/// every payload shape the codecs support: fixed records (with an enum, a nested struct, an array and
/// bitfields, an unnamed struct member), a request of three counted lists (ACL, SGL, attributes, as in a memory-share call), a list of
/// integers with padding and a fixed field after it, a reply that is itself a u32-counted list, a
/// notification with a raw tail, a void request and a void reply.
/// </summary>
internal static class TestProtocolHeader
{
    public const string Path = "/proto/include/tm/tm_rpc.h";
    public const string IncludeDirectory = "/proto/include";
    public const string Namespace = "Test.Proto";

    public const string Text = """
        #ifndef TM_RPC_H
        #define TM_RPC_H
        #include <linux/types.h>

        #define TM_CALL(id, request, reply) ((id) + 0 * sizeof(request *) + 0 * sizeof(reply *))
        #define TM_NOTIFICATION(id, payload) ((id) + 0 * sizeof(payload *))

        #define TM_RPC_VM_ALLOC 0x56000001U
        #define TM_RPC_MEM_SHARE 0x51000003U
        #define TM_RPC_GET_RESOURCES 0x56000020U
        #define TM_RPC_VM_RESET 0x56000009U
        #define TM_RPC_SET_CONFIG 0x56000030U
        #define TM_RPC_SET_PEERS 0x56000031U
        #define TM_RPC_SET_PAIR 0x56000032U
        #define TM_NOTIF_VM_CONSOLE 0x56100080U

        enum tm_vm_state {
        	TM_VM_STATE_INIT = 0,
        	TM_VM_STATE_RUNNING = 2,
        };

        struct tm_vm_alloc_req {
        	__u16 vmid;
        	__u16 reserved;
        } __attribute__((packed));

        struct tm_vm_alloc_resp {
        	__u16 vmid;
        	__u16 reserved;
        	enum tm_vm_state state;
        	__u64 token;
        } __attribute__((packed));

        struct tm_acl_entry {
        	__u16 vmid;
        	__u8 rights;
        	__u8 reserved;
        } __attribute__((packed));

        struct tm_sgl_entry {
        	__u64 ipa;
        	__u64 size;
        } __attribute__((packed));

        struct tm_attr_entry {
        	__u16 attr;
        	__u16 vmid;
        } __attribute__((packed));

        struct tm_acl_list {
        	__u16 n_entries;
        	__u16 reserved;
        	struct tm_acl_entry entries[];
        } __attribute__((packed));

        struct tm_sgl_list {
        	__u16 n_entries;
        	__u16 reserved;
        	struct tm_sgl_entry entries[];
        } __attribute__((packed));

        struct tm_attr_list {
        	__u16 n_entries;
        	__u16 reserved;
        	struct tm_attr_entry entries[];
        } __attribute__((packed));

        /* Share memory with other VMs. */
        struct tm_mem_share_req {
        	__u8 mem_type;
        	__u8 reserved0;
        	__u8 flags;
        	__u8 reserved1;
        	__u32 label;
        	struct tm_acl_list acl;
        	struct tm_sgl_list sgl;
        	struct tm_attr_list attrs;
        } __attribute__((packed));

        struct tm_mem_share_resp {
        	__u32 handle;
        } __attribute__((packed));

        struct tm_resource_entry {
        	__u8 type;
        	__u8 reserved;
        	__u16 partner;
        	__u32 cap;
        	__u64 base;
        } __attribute__((packed));

        struct tm_get_resources_resp {
        	__u32 n_entries;
        	struct tm_resource_entry entries[];
        } __attribute__((packed));

        struct tm_version {
        	__u8 major;
        	__u8 minor;
        };

        struct tm_config_req {
        	struct tm_version version;
        	__u32 priority : 4;
        	__u32 mode : 3;
        	__u32 : 25;
        	__s16 offsets[2];
        } __attribute__((packed));

        struct tm_vmid_list {
        	__u16 n_vmids;
        	__u16 vmids[];
        } __attribute__((packed));

        struct tm_set_peers_req {
        	__u32 flags;
        	struct tm_vmid_list peers;
        	__u32 after;
        } __attribute__((packed));

        struct tm_pair_req {
        	struct {
        		__u16 lo;
        		__u16 hi;
        	} pair;
        	__u32 tag;
        } __attribute__((packed));

        struct tm_vm_console_notif {
        	__u16 vmid;
        	__u16 num_bytes;
        	__u8 data[];
        } __attribute__((packed));

        /* Allocates a VM id. */
        #define TM_CALL_VM_ALLOC TM_CALL(TM_RPC_VM_ALLOC, struct tm_vm_alloc_req, struct tm_vm_alloc_resp)
        #define TM_CALL_MEM_SHARE TM_CALL(TM_RPC_MEM_SHARE, struct tm_mem_share_req, struct tm_mem_share_resp)
        #define TM_CALL_GET_RESOURCES TM_CALL(TM_RPC_GET_RESOURCES, void, struct tm_get_resources_resp)
        #define TM_CALL_VM_RESET TM_CALL(TM_RPC_VM_RESET, struct tm_vm_alloc_req, void)
        #define TM_CALL_SET_CONFIG TM_CALL(TM_RPC_SET_CONFIG, struct tm_config_req, void)
        #define TM_CALL_SET_PEERS TM_CALL(TM_RPC_SET_PEERS, struct tm_set_peers_req, void)
        #define TM_CALL_SET_PAIR TM_CALL(TM_RPC_SET_PAIR, struct tm_pair_req, void)
        /* Console output of a VM. */
        #define TM_NOTIFICATION_VM_CONSOLE TM_NOTIFICATION(TM_NOTIF_VM_CONSOLE, struct tm_vm_console_notif)

        #endif
        """;
}
