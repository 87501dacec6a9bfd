/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: payloads of interrupt
 * lending, the RM console, firmware donation and IPA reservation. Fact
 * sheet sections 2.3, 2.6, 2.7 and 3 (keys RM-irq, RM-con, RM-misc, DS).
 * Counted lists as struct members are a GNU C extension; see rm_mem.h.
 */
#ifndef _GUNYAH_SDK_RM_SERVICES_H
#define _GUNYAH_SDK_RM_SERVICES_H

#include <linux/types.h>
#include <gunyah/rm_mem.h>

/* Flags of struct gh_rm_vm_irq_notify_req; one per request. */
enum gh_rm_vm_irq_notify_flags {
	/* Owner: tell the borrower (NOTIF_VM_IRQ_LENT). */
	GH_RM_VM_IRQ_NOTIFY_FLAG_LENT = (1U << 0),
	/* Borrower: tell the owner it was released (NOTIF_VM_IRQ_RELEASED). */
	GH_RM_VM_IRQ_NOTIFY_FLAG_RELEASED = (1U << 1),
	/* Borrower: tell the owner it was accepted (NOTIF_VM_IRQ_ACCEPTED). */
	GH_RM_VM_IRQ_NOTIFY_FLAG_ACCEPTED = (1U << 2),
};

/* Request of VM_IRQ_LEND: the owner of a hardware interrupt offers it to another VM. */
struct gh_rm_vm_irq_lend_req {
	/* The borrower. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* The interrupt's number in the owner. */
	__u32 virq;
	/* Label passed to the borrower in NOTIF_VM_IRQ_LENT. */
	__u32 label;
} __attribute__((packed));

/* Reply of VM_IRQ_LEND. */
struct gh_rm_vm_irq_lend_resp {
	/* Handle of the lent interrupt. */
	__u32 handle;
} __attribute__((packed));

/* Request of VM_IRQ_ACCEPT (borrower only; the interrupt must be offered). */
struct gh_rm_vm_irq_accept_req {
	/* Handle from NOTIF_VM_IRQ_LENT. */
	__u32 handle;
	/* Number the borrower wants the interrupt to have. */
	__u32 virq;
} __attribute__((packed));

/* Reply of VM_IRQ_ACCEPT. */
struct gh_rm_vm_irq_accept_resp {
	/* Number the interrupt got in the borrower. */
	__u32 virq;
} __attribute__((packed));

/* Request of VM_IRQ_RELEASE (borrower) and VM_IRQ_RECLAIM (owner, while only offered). */
struct gh_rm_vm_irq_handle_req {
	/* Handle of the lent interrupt. */
	__u32 handle;
} __attribute__((packed));

/*
 * Request of VM_IRQ_NOTIFY. RM rejects any byte after flags unless flags is
 * LENT, so an empty vmids list must be left off the wire.
 */
struct gh_rm_vm_irq_notify_req {
	/* Handle of the lent interrupt. */
	__u32 handle;
	/* One enum gh_rm_vm_irq_notify_flags bit (DS: a u8 and three zero bytes, same wire bytes). */
	__u32 flags;
	/* For LENT only: the VM to notify, which must be the borrower (zero or one entry). */
	struct gh_rm_vmid_list vmids;
} __attribute__((packed));

/* Payload of NOTIF_VM_IRQ_LENT, sent to the borrower. */
struct gh_rm_vm_irq_lent_payload {
	/* VM that owns the interrupt. */
	__u16 owner_vmid;
	/* Zero. */
	__u16 reserved;
	/* Handle to pass to VM_IRQ_ACCEPT. */
	__u32 handle;
	/* Label from VM_IRQ_LEND. */
	__u32 label;
} __attribute__((packed));

/* Payload of NOTIF_VM_IRQ_RELEASED and NOTIF_VM_IRQ_ACCEPTED, sent to the owner. */
struct gh_rm_vm_irq_owner_payload {
	/* Handle of the lent interrupt. */
	__u32 handle;
} __attribute__((packed));

/* Most characters an early Linux series put in one VM_CONSOLE_WRITE (fits one packet). */
#define GH_RM_CONSOLE_WRITE_CHARS 228U

/*
 * Request of VM_CONSOLE_WRITE. The caller's side must be open; if the
 * other side is not, RM drops the characters and still answers OK.
 */
struct gh_rm_vm_console_write_req {
	/* 0 for the caller's own console (it reaches the owner); a VM's vmid when its owner writes to it. */
	__u16 vmid;
	/* Number of characters. */
	__u16 num_bytes;
	/* Raw tail: exactly num_bytes characters, no padding (RM checks the length is 4 + num_bytes). */
	__u8 data[];
} __attribute__((packed));

/* Payload of NOTIF_VM_CONSOLE_CHARS, sent to the other end of a console. */
struct gh_rm_vm_console_chars_payload {
	/* The VM that wrote the characters; 0 when they came from the owner. */
	__u16 from_vmid;
	/* Number of characters. */
	__u16 num_bytes;
	/* Raw tail: num_bytes characters. */
	__u8 data[];
} __attribute__((packed));

/*
 * Request of FW_SET_VM_FIRMWARE (primary VM only, before FW_MILESTONE):
 * RM takes the donated parcel as the firmware for one authentication type.
 */
struct gh_rm_fw_set_vm_firmware_req {
	/* enum gh_rm_vm_auth_mech value (ANDROID_PVM in practice). */
	__u16 auth_type;
	/* Zero. */
	__u16 reserved;
	/* The donated parcel. */
	__u32 mem_handle;
	/* Offset of the image in the parcel; must be 0. */
	__u64 offset;
	/* Size of the image. */
	__u64 size;
} __attribute__((packed));

/* How IPA_RESERVE describes the ranges. */
enum gh_rm_ipa_reserve_type {
	/* Entries are struct gh_rm_ipa_fixed_entry: reserve exactly these ranges. */
	GH_RM_IPA_RESERVE_FIXED_LIST = 0,
	/* Entries are struct gh_rm_ipa_alloc_entry: RM picks each range. */
	GH_RM_IPA_RESERVE_ALLOC_LIST = 1,
};

/* Generic constraint bits of IPA_RESERVE (RM-misc). */
enum gh_rm_ipa_constraint {
	/* Memory with ECC. */
	GH_RM_IPA_CONSTRAINT_ECC = (1U << 0),
	/* Tagged memory. */
	GH_RM_IPA_CONSTRAINT_TAGGED = (1U << 1),
	/* Normal memory. */
	GH_RM_IPA_CONSTRAINT_NORMAL = (1U << 2),
	/* IO memory. */
	GH_RM_IPA_CONSTRAINT_IO = (1U << 3),
	/* Visible to the VM's owner. */
	GH_RM_IPA_CONSTRAINT_OWNER_VM_VISIBLE = (1U << 4),
	/* Visible to external bus masters. */
	GH_RM_IPA_CONSTRAINT_EXTERNAL_BUS_VISIBLE = (1U << 5),
	/* Compatible with the VM's base memory. */
	GH_RM_IPA_CONSTRAINT_BASE_MEMORY_COMPATIBLE = (1U << 6),
};

/* Most entries one IPA_RESERVE may carry (RM-misc vm_ipa.c). */
#define GH_RM_IPA_RESERVE_MAX_ENTRIES 30U

/* A range to reserve exactly (16 bytes). */
struct gh_rm_ipa_fixed_entry {
	/* Guest-physical start. */
	__u64 base;
	/* Length in bytes. */
	__u64 size;
} __attribute__((packed));

/* A range for RM to place (32 bytes). */
struct gh_rm_ipa_alloc_entry {
	/* Start of the region to place it in. */
	__u64 region_base;
	/* Size of that region. */
	__u64 region_size;
	/* Length of the range to reserve. */
	__u64 size;
	/* Required alignment of its start. */
	__u64 alignment;
} __attribute__((packed));

/*
 * Request of IPA_RESERVE. The entry size depends on alloc_type, so the
 * entries are a raw tail rather than a counted list.
 */
struct gh_rm_ipa_reserve_req {
	/* enum gh_rm_ipa_reserve_type value. */
	__u8 alloc_type;
	/* Zero. */
	__u8 reserved0;
	/* Zero. */
	__u16 reserved1;
	/* enum gh_rm_ipa_constraint bits. */
	__u32 generic_constraints;
	/* Platform-specific constraint bits; 0 for none. */
	__u32 platform_constraints;
	/* Number of entries (RM declares a u32 here but reads only the low half). */
	__u16 n_entries;
	/* Zero. */
	__u16 reserved2;
	/* Raw tail: n_entries fixed (16-byte) or alloc (32-byte) entries. */
	__u8 entries[];
} __attribute__((packed));

/* One address RM reserved (8 bytes). */
struct gh_rm_ipa_entry {
	/* Guest-physical start of the reserved range. */
	__u64 ipa;
} __attribute__((packed));

/*
 * Reply of IPA_RESERVE. RM sends it only for ALLOC_LIST requests; a
 * FIXED_LIST reservation gets an empty reply, which decodes as no entries.
 */
struct gh_rm_ipa_reserve_resp {
	/* Number of addresses, one per request entry. */
	__u32 n_entries;
	/* Where each requested range was placed, in request order. */
	struct gh_rm_ipa_entry entries[];
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_SERVICES_H */
