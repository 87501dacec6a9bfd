/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: memory parcels - the
 * MEM_* calls, their entries and counted lists (the MEM notifications are
 * in rm_mem_notify.h). Fact sheet section 2.5 (keys RM-mp, L23, L24, DS).
 *
 * Every list here has RM's list shape: a u16 entry count, a second u16
 * (reserved, except in the two places noted), then the entries. RM pads a
 * list to a 4-byte boundary; all entries here are multiples of 4 bytes, so
 * no padding ever appears.
 *
 * A struct ending in a flexible array may be a member of another struct
 * only as a GNU C extension (gcc accepts it without -pedantic). It is used
 * here so that each payload struct lists its parts in wire order: the
 * offsets gcc gives are those of a payload whose earlier lists are empty.
 */
#ifndef _GUNYAH_SDK_RM_MEM_H
#define _GUNYAH_SDK_RM_MEM_H

#include <linux/types.h>

/* The parcel handle no parcel ever has. */
#define GH_RM_MEM_HANDLE_INVALID 0xFFFFFFFFU
/* Most entries RM accepts in one ACL, SGL or attribute list, and most it returns from MEM_ACCEPT. */
#define GH_RM_MEM_MAX_LIST_ENTRIES 512U
/* Most parcels one VM may own at a time. */
#define GH_RM_MEM_MAX_PARCELS_PER_VM 64U

/* Kind of memory in a parcel. */
enum gh_rm_mem_type {
	/* Normal (RAM) memory. */
	GH_RM_MEM_TYPE_NORMAL = 0,
	/* Device (IO) memory: no execute right, DEVICE attribute, no sanitising. */
	GH_RM_MEM_TYPE_IO = 1,
};

/* How a parcel was created; MEM_ACCEPT must name the same kind. */
enum gh_rm_mem_trans_type {
	/* MEM_DONATE: ownership moves to the single recipient. */
	GH_RM_MEM_TRANS_TYPE_DONATE = 0,
	/* MEM_LEND: the owner loses access while the parcel is lent. */
	GH_RM_MEM_TRANS_TYPE_LEND = 1,
	/* MEM_SHARE: the owner keeps access. */
	GH_RM_MEM_TRANS_TYPE_SHARE = 2,
};

/* Access rights of an ACL entry. RM accepts only R, RX, RW and RWX; IO memory never X. */
enum gh_rm_mem_acl_rights {
	/* Execute. */
	GH_RM_ACL_X = (1U << 0),
	/* Write. */
	GH_RM_ACL_W = (1U << 1),
	/* Read. */
	GH_RM_ACL_R = (1U << 2),
	/* Read and execute. */
	GH_RM_ACL_RX = (GH_RM_ACL_R | GH_RM_ACL_X),
	/* Read and write. */
	GH_RM_ACL_RW = (GH_RM_ACL_R | GH_RM_ACL_W),
	/* Read, write and execute. */
	GH_RM_ACL_RWX = (GH_RM_ACL_R | GH_RM_ACL_W | GH_RM_ACL_X),
};

/* Memory attribute of an attribute entry. */
enum gh_rm_mem_attr {
	/* Default attribute for normal memory. */
	GH_RM_MEM_ATTR_NORMAL = 0,
	/* Device memory; required for IO parcels. */
	GH_RM_MEM_ATTR_DEVICE = 1,
	/* Normal memory mapped uncached. */
	GH_RM_MEM_ATTR_UNCACHED = 2,
	/* Normal memory mapped cached. */
	GH_RM_MEM_ATTR_CACHED = 3,
};

/* Flags of struct gh_rm_mem_share_req (MEM_LEND, MEM_SHARE, MEM_DONATE). */
enum gh_rm_mem_share_flags {
	/* Zero the memory; not allowed for IO memory. */
	GH_RM_MEM_SHARE_FLAG_SANITIZE = (1U << 0),
	/* More SGL entries follow through MEM_APPEND; the parcel stays unfinished until then. */
	GH_RM_MEM_SHARE_FLAG_APPEND = (1U << 1),
};

/* Flags of struct gh_rm_mem_append_req. */
enum gh_rm_mem_append_flags {
	/* This is the last MEM_APPEND for the parcel (RM: DONE). */
	GH_RM_MEM_APPEND_FLAG_END = (1U << 0),
};

/* Flags of struct gh_rm_mem_accept_req. */
enum gh_rm_mem_accept_flags {
	/* Fail unless the parcel was sanitised. */
	GH_RM_MEM_ACCEPT_FLAG_VALIDATE_SANITIZED = (1U << 0),
	/* Fail unless the request's ACL and attribute lists match the parcel's. */
	GH_RM_MEM_ACCEPT_FLAG_VALIDATE_ACL_ATTR = (1U << 1),
	/* Fail unless the request's label matches the parcel's. */
	GH_RM_MEM_ACCEPT_FLAG_VALIDATE_LABEL = (1U << 2),
	/* Map into another VM (map_vmid); RM refuses it with DENIED. */
	GH_RM_MEM_ACCEPT_FLAG_MAP_OTHER = (1U << 3),
	/* Map the parcel at contiguous addresses (normal memory only). */
	GH_RM_MEM_ACCEPT_FLAG_MAP_CONTIGUOUS = (1U << 4),
	/* Zero the memory on accept; needs the W right. */
	GH_RM_MEM_ACCEPT_FLAG_SANITIZE = (1U << 5),
	/* RM's DONE flag (0x80); the fact sheet gives no further meaning. */
	GH_RM_MEM_ACCEPT_FLAG_DONE = (1U << 7),
};

/* Flags of struct gh_rm_mem_accept_resp. */
enum gh_rm_mem_accept_resp_flags {
	/* More RM-chosen ranges remain; call MEM_ACCEPT again. */
	GH_RM_MEM_ACCEPT_RESP_FLAG_INCOMPLETE = (1U << 0),
};

/* Flags of struct gh_rm_mem_release_req (MEM_RELEASE and MEM_RECLAIM). */
enum gh_rm_mem_release_flags {
	/* Zero the memory before giving it up or taking it back. */
	GH_RM_MEM_RELEASE_FLAG_SANITIZE = (1U << 0),
};

/* Flags of struct gh_rm_mem_notify_req; exactly one must be set. */
enum gh_rm_mem_notify_flags {
	/* Owner to the listed VMs: the parcel is shared with you (NOTIF_MEM_SHARED). */
	GH_RM_MEM_NOTIFY_FLAG_SHARED = (1U << 0),
	/* Borrower to owner: I released the parcel (NOTIF_MEM_RELEASED). */
	GH_RM_MEM_NOTIFY_FLAG_RELEASED = (1U << 1),
	/* Borrower to owner: I accepted the parcel (NOTIF_MEM_ACCEPTED). */
	GH_RM_MEM_NOTIFY_FLAG_ACCEPTED = (1U << 2),
	/* Owner to the listed VMs: please release the parcel (NOTIF_MEM_RECALL). */
	GH_RM_MEM_NOTIFY_FLAG_RECALL = (1U << 3),
};

/* One VM's access to a parcel (4 bytes). */
struct gh_rm_mem_acl_entry {
	/* The VM given access. */
	__u16 vmid;
	/* enum gh_rm_mem_acl_rights value. */
	__u8 rights;
	/* Zero. */
	__u8 reserved;
} __attribute__((packed));

/* One address range of a parcel (16 bytes). */
struct gh_rm_mem_entry {
	/* Start of the range in the owner's guest-physical space (L23: ipa_base, L24: phys_addr). */
	__u64 ipa;
	/* Length of the range in bytes. */
	__u64 size;
} __attribute__((packed));

/* Memory attribute of one VM's mapping of a parcel (4 bytes). */
struct gh_rm_mem_attr_entry {
	/* enum gh_rm_mem_attr value. */
	__u16 attr;
	/* The VM the attribute applies to. */
	__u16 vmid;
} __attribute__((packed));

/* One VM to notify (4 bytes). */
struct gh_rm_vmid_entry {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
} __attribute__((packed));

/* Access control list of a parcel: which VMs get which rights. L23 writes the count as a u32; the bytes are the same. */
struct gh_rm_mem_acl_list {
	/* Number of entries. */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved;
	/* The entries. */
	struct gh_rm_mem_acl_entry entries[];
} __attribute__((packed));

/* Scatter-gather list: the address ranges of a parcel. */
struct gh_rm_mem_sgl_list {
	/* Number of entries. */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved;
	/* The ranges. */
	struct gh_rm_mem_entry entries[];
} __attribute__((packed));

/* Scatter-gather list of a MEM_ACCEPT request, whose second half-word names the VM to map into. */
struct gh_rm_mem_accept_sgl_list {
	/* Number of ranges; 0 lets RM choose the addresses and return them in the reply. */
	__u16 n_entries;
	/* VM to map the parcel into; must be 0 (the caller). */
	__u16 map_vmid;
	/* Where the borrower wants each part of the parcel. */
	struct gh_rm_mem_entry entries[];
} __attribute__((packed));

/* Memory attributes per VM; may be empty (default attributes). */
struct gh_rm_mem_attr_list {
	/* Number of entries. */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved;
	/* The entries. */
	struct gh_rm_mem_attr_entry entries[];
} __attribute__((packed));

/* List of VMs to notify. */
struct gh_rm_vmid_list {
	/* Number of entries. */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved;
	/* The VMs. */
	struct gh_rm_vmid_entry entries[];
} __attribute__((packed));

/*
 * Request of MEM_LEND, MEM_SHARE and MEM_DONATE. Needs at least one ACL and
 * one SGL entry and no repeated vmid. SHARE: the owner must be in the ACL;
 * LEND and DONATE: it must not. DONATE: exactly one ACL entry with full
 * rights and default attributes.
 */
struct gh_rm_mem_share_req {
	/* enum gh_rm_mem_type value. */
	__u8 mem_type;
	/* Zero. */
	__u8 reserved0;
	/* enum gh_rm_mem_share_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved1;
	/* Caller-chosen label stored with the parcel. */
	__u32 label;
	/* Who gets access. */
	struct gh_rm_mem_acl_list acl;
	/* The owner's ranges that make up the parcel (at most 512; more through MEM_APPEND). */
	struct gh_rm_mem_sgl_list sgl;
	/* Per-VM attributes; Linux sends an empty list. */
	struct gh_rm_mem_attr_list attrs;
} __attribute__((packed));

/* Reply carrying a parcel handle (MEM_LEND, MEM_SHARE, MEM_DONATE, MEM_QCOM_LOOKUP_SGL). */
struct gh_rm_mem_handle_resp {
	/* Handle of the parcel. */
	__u32 mem_handle;
} __attribute__((packed));

/* Request of MEM_APPEND: more ranges for a parcel created with the APPEND flag (owner only). */
struct gh_rm_mem_append_req {
	/* Handle of the unfinished parcel. */
	__u32 mem_handle;
	/* enum gh_rm_mem_append_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved[3];
	/* The further ranges (Linux sends at most 512 per call). */
	struct gh_rm_mem_sgl_list sgl;
} __attribute__((packed));

/* Request of MEM_ACCEPT: a borrower (in the ACL, not the owner) maps a parcel. */
struct gh_rm_mem_accept_req {
	/* Handle of the parcel. */
	__u32 mem_handle;
	/* enum gh_rm_mem_type value; must match the parcel. */
	__u8 mem_type;
	/* enum gh_rm_mem_trans_type value; must match the parcel. */
	__u8 trans_type;
	/* enum gh_rm_mem_accept_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved;
	/* Label to check when GH_RM_MEM_ACCEPT_FLAG_VALIDATE_LABEL is set. */
	__u32 label;
	/* ACL to check when GH_RM_MEM_ACCEPT_FLAG_VALIDATE_ACL_ATTR is set. */
	struct gh_rm_mem_acl_list acl;
	/* Where to map the parcel; an empty list lets RM choose. */
	struct gh_rm_mem_accept_sgl_list sgl;
	/* Attributes to check when GH_RM_MEM_ACCEPT_FLAG_VALIDATE_ACL_ATTR is set. */
	struct gh_rm_mem_attr_list attrs;
} __attribute__((packed));

/*
 * Reply of MEM_ACCEPT. RM sends it only when the request's SGL list was
 * empty; otherwise the reply is empty and decodes as no entries, no flags.
 */
struct gh_rm_mem_accept_resp {
	/* Number of ranges returned (at most 512 per call). */
	__u16 n_entries;
	/* enum gh_rm_mem_accept_resp_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved;
	/* The addresses RM mapped the parcel at. */
	struct gh_rm_mem_entry entries[];
} __attribute__((packed));

/* Request of MEM_RELEASE (borrower) and MEM_RECLAIM (owner; Linux reuses the struct too). */
struct gh_rm_mem_release_req {
	/* Handle of the parcel. */
	__u32 mem_handle;
	/* enum gh_rm_mem_release_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved[3];
} __attribute__((packed));

/* Request of MEM_NOTIFY. The first SHARED notify fixes the parcel's mem_info_tag. */
struct gh_rm_mem_notify_req {
	/* Handle of the parcel. */
	__u32 mem_handle;
	/* Exactly one enum gh_rm_mem_notify_flags bit. */
	__u8 flags;
	/* Zero. */
	__u8 reserved[3];
	/* Tag passed on in the notification; later tags must match the first. */
	__u32 mem_info_tag;
	/* For SHARED and RECALL: the VMs to notify. Empty (and then left off the wire) otherwise. */
	struct gh_rm_vmid_list vmids;
} __attribute__((packed));

/* Request of MEM_QCOM_LOOKUP_SGL: find the parcel that covers already-mapped memory. */
struct gh_rm_mem_lookup_sgl_req {
	/* enum gh_rm_mem_type value. */
	__u8 mem_type;
	/* Zero. */
	__u8 reserved[3];
	/* Label of the parcel. */
	__u32 label;
	/* Access list of the parcel. */
	struct gh_rm_mem_acl_list acl;
	/* Ranges of the parcel. */
	struct gh_rm_mem_sgl_list sgl;
	/* Optional attributes. */
	struct gh_rm_mem_attr_list attrs;
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_MEM_H */
