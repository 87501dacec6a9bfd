/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: payloads of the memory
 * parcel notifications NOTIF_MEM_SHARED, NOTIF_MEM_RELEASED,
 * NOTIF_MEM_ACCEPTED and NOTIF_MEM_RECALL. Fact sheet section 3 (RM-mp).
 * The list conventions of rm_mem.h apply.
 */
#ifndef _GUNYAH_SDK_RM_MEM_NOTIFY_H
#define _GUNYAH_SDK_RM_MEM_NOTIFY_H

#include <linux/types.h>
#include <gunyah/rm_mem.h>

/* Flags of struct gh_rm_mem_shared_payload. */
enum gh_rm_mem_shared_flags {
	/* The parcel was sanitised when it was created. */
	GH_RM_MEM_SHARED_FLAG_SANITIZED = (1U << 0),
};

/* Size of one region of a shared parcel (8 bytes); NOTIF_MEM_SHARED carries sizes without addresses. */
struct gh_rm_mem_region_size {
	/* Length of the region in bytes. */
	__u64 size;
} __attribute__((packed));

/* Region sizes of a shared parcel (at most 512 are sent). */
struct gh_rm_mem_region_size_list {
	/* Number of entries. */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved;
	/* The sizes. */
	struct gh_rm_mem_region_size entries[];
} __attribute__((packed));

/* Payload of NOTIF_MEM_SHARED; the fixed part before the ACL list is 20 bytes. */
struct gh_rm_mem_shared_payload {
	/* Handle of the parcel. */
	__u32 mem_handle;
	/* enum gh_rm_mem_type value. */
	__u8 mem_type;
	/* enum gh_rm_mem_trans_type value. */
	__u8 trans_type;
	/* enum gh_rm_mem_shared_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved0;
	/* VM that owns the parcel. */
	__u16 owner_vmid;
	/* Zero. */
	__u16 reserved1;
	/* Label of the parcel. */
	__u32 label;
	/* Tag given by the owner's MEM_NOTIFY. */
	__u32 mem_info_tag;
	/* Access list of the parcel. */
	struct gh_rm_mem_acl_list acl;
	/* Sizes of the parcel's regions (no addresses). */
	struct gh_rm_mem_region_size_list regions;
	/* Attributes of the parcel. */
	struct gh_rm_mem_attr_list attrs;
} __attribute__((packed));

/* Payload of NOTIF_MEM_RELEASED and NOTIF_MEM_ACCEPTED, sent to the owner. */
struct gh_rm_mem_owner_payload {
	/* Handle of the parcel. */
	__u32 mem_handle;
	/* Borrower that released or accepted it. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* Tag of the parcel. */
	__u32 mem_info_tag;
} __attribute__((packed));

/* Payload of NOTIF_MEM_RECALL, sent to borrowers. */
struct gh_rm_mem_recall_payload {
	/* Handle of the parcel to release. */
	__u32 mem_handle;
	/* Tag of the parcel. */
	__u32 mem_info_tag;
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_MEM_NOTIFY_H */
