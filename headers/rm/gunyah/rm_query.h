/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: payloads of the VM
 * identity calls (VM_GET_ID, VM_LOOKUP_*) and the crash-message calls.
 * Fact sheet sections 2.2 and 2.4 (keys RM-mgnt, DS). Several of these
 * end in a raw tail of bytes whose true length is given by an earlier
 * field; where RM pads the tail to 4 bytes, the comment says so.
 */
#ifndef _GUNYAH_SDK_RM_QUERY_H
#define _GUNYAH_SDK_RM_QUERY_H

#include <linux/types.h>

/* Longest URI or name VM_LOOKUP_URI and VM_LOOKUP_NAME accept. */
#define GH_RM_VM_LOOKUP_MAX_LEN 79U
/* Length of a VM GUID in bytes. */
#define GH_RM_VM_GUID_SIZE 16U
/* RM keeps at most this many bytes of a crash message. */
#define GH_RM_VM_CRASH_MSG_MAX 192U

/* Kind of an identity in a VM_GET_ID reply. */
enum gh_rm_vm_id_type {
	/* The VM's GUID (16 bytes); always present. */
	GH_RM_VM_ID_TYPE_GUID = 0,
	/* The VM's URI. */
	GH_RM_VM_ID_TYPE_URI = 1,
	/* The VM's name. */
	GH_RM_VM_ID_TYPE_NAME = 2,
	/* The VM's signing authority; always present. */
	GH_RM_VM_ID_TYPE_SIGN_AUTH = 3,
};

/*
 * Header of one identity in a VM_GET_ID reply. id_size bytes follow it,
 * then zero padding to a 4-byte boundary, then the next header.
 */
struct gh_rm_vm_id_entry_hdr {
	/* enum gh_rm_vm_id_type value. */
	__u8 id_type;
	/* Zero. */
	__u8 reserved;
	/* Length of the identity bytes that follow. */
	__u16 id_size;
} __attribute__((packed));

/*
 * Reply of VM_GET_ID (VM in READY, RUNNING or PAUSED). The entries have
 * variable size, so they are a raw tail, not a counted list.
 */
struct gh_rm_vm_get_id_resp {
	/* Number of identities in data. */
	__u32 n_entries;
	/* Raw tail: n_entries identities, each a gh_rm_vm_id_entry_hdr, its bytes and padding. */
	__u8 data[];
} __attribute__((packed));

/* Request of VM_LOOKUP_URI and VM_LOOKUP_NAME. */
struct gh_rm_vm_lookup_name_req {
	/* Length of the URI or name (at most 79 bytes). */
	__u16 len;
	/* Zero. */
	__u16 reserved;
	/* Raw tail: len bytes of text, then zero padding to a 4-byte boundary. */
	__u8 name[];
} __attribute__((packed));

/* Request of VM_LOOKUP_GUID. */
struct gh_rm_vm_lookup_guid_req {
	/* The GUID to find. */
	__u8 guid[16];
} __attribute__((packed));

/* One VM found by a lookup (4 bytes). */
struct gh_rm_vm_lookup_entry {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
} __attribute__((packed));

/* Reply of VM_LOOKUP_URI, VM_LOOKUP_GUID and VM_LOOKUP_NAME. */
struct gh_rm_vm_lookup_resp {
	/* Number of VMs found. */
	__u32 n_entries;
	/* The VMs. */
	struct gh_rm_vm_lookup_entry entries[];
} __attribute__((packed));

/*
 * A crash message: the request of VM_SET_CRASH_MSG (stored truncated to
 * 192 bytes) and the reply of VM_GET_CRASH_MSG (owner only).
 */
struct gh_rm_vm_crash_msg {
	/* Length of the text. */
	__u16 len;
	/* Zero. */
	__u16 reserved;
	/* Raw tail: len bytes of text, then zero padding to a 4-byte boundary. */
	__u8 msg[];
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_QUERY_H */
