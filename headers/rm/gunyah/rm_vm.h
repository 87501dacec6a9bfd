/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: payloads of the VM
 * lifecycle, creation and query calls and of the VM notifications. Fact
 * sheet sections 2.2-2.4, 3 and 7 (keys RM-mgnt, RM-create, RM-res, L23,
 * L24, DS). Enum values used in the fields are in rm_types.h. Counted
 * lists as struct members are a GNU C extension; see rm_mem.h for why.
 */
#ifndef _GUNYAH_SDK_RM_VM_H
#define _GUNYAH_SDK_RM_VM_H

#include <linux/types.h>
#include <gunyah/rm_types.h>

/*
 * Request naming one VM: VM_DEALLOC_VMID, VM_START, VM_RESET, VM_INIT,
 * VM_GET_ID, VM_GET_STATE, VM_GET_CRASH_MSG, VM_GET_HYP_RESOURCES and the
 * console open, close and flush calls.
 */
struct gh_rm_vm_common_vmid_req {
	/* The VM; 0 means the caller where the call allows it (VM_GET_ID, VM_GET_STATE, console). */
	__u16 vmid;
	/* Zero (VM_INIT rejects anything else). */
	__u16 reserved;
} __attribute__((packed));

/* Request of VM_ALLOC_VMID (only the primary VM may call it; exactly 4 bytes). */
struct gh_rm_vm_alloc_vmid_req {
	/* 0: let RM pick a dynamic VMID; else a free platform secondary VMID below 64. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
} __attribute__((packed));

/*
 * Reply of VM_ALLOC_VMID. RM sends it only when the request's vmid was 0;
 * otherwise the reply is empty and decodes as vmid 0, meaning the VMID
 * asked for was granted.
 */
struct gh_rm_vm_alloc_vmid_resp {
	/* The VMID RM picked (Linux reads the low 16 bits). */
	__u32 vmid;
} __attribute__((packed));

/* Request of VM_STOP (owner only; 8 bytes). */
struct gh_rm_vm_stop_req {
	/* The VM to stop. */
	__u16 vmid;
	/* enum gh_rm_vm_stop_flags bits. */
	__u8 flags;
	/* Zero. */
	__u8 reserved;
	/* Without FORCE: passed to the VM in NOTIF_VM_SHUTDOWN. Linux sends GH_RM_VM_STOP_REASON_FORCE_STOP. */
	__u32 stop_reason;
} __attribute__((packed));

/*
 * Request of VM_CONFIG_IMAGE (primary VM and owner only; VM in LOAD or
 * RESET; 40 bytes). Offsets count from the start of parcel mem_handle.
 */
struct gh_rm_vm_config_image_req {
	/* The VM. */
	__u16 vmid;
	/* enum gh_rm_vm_auth_mech value. */
	__u16 auth_mech;
	/* Parcel holding the image and the devicetree. */
	__u32 mem_handle;
	/* Offset of the image in the parcel (Linux sends 0). */
	__u64 image_offset;
	/* Size of the image (Linux sends 0). */
	__u64 image_size;
	/* Offset of the devicetree blob in the parcel. */
	__u64 dtb_offset;
	/* Room for the devicetree, including space for the overlay RM adds. */
	__u64 dtb_size;
} __attribute__((packed));

/* One platform authentication parameter of VM_AUTH_IMAGE (8 bytes). */
struct gh_rm_vm_auth_param {
	/* Parameter type (platform defined). */
	__u32 type;
	/* Parameter value. */
	__u32 value;
} __attribute__((packed));

/* Counted list of authentication parameters; its count is a bare u16 with no second half-word. */
struct gh_rm_vm_auth_param_list {
	/* Number of parameters. */
	__u16 n_entries;
	/* The parameters. */
	struct gh_rm_vm_auth_param entries[];
} __attribute__((packed));

/* Request of VM_AUTH_IMAGE (VM in AUTH). */
struct gh_rm_vm_auth_image_req {
	/* The VM. */
	__u16 vmid;
	/* The parameters; its count sits at offset 2 and the entries start at offset 4. */
	struct gh_rm_vm_auth_param_list params;
} __attribute__((packed));

/*
 * Request of VM_SET_FIRMWARE_MEM (VM in INIT; 24 bytes): where the VM's
 * firmware lies inside a parcel, for ANDROID_PVM authentication.
 */
struct gh_rm_vm_set_firmware_mem_req {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* Parcel holding the firmware. */
	__u32 mem_handle;
	/* Offset of the firmware in the parcel. */
	__u64 fw_offset;
	/* Size of the firmware region. */
	__u64 fw_size;
} __attribute__((packed));

/* Register set named by struct gh_rm_vm_set_context_req (L24). */
enum gh_rm_vm_boot_context_reg_set {
	/* General-purpose registers; reg_index 0-31. */
	GH_RM_VM_BOOT_CONTEXT_REG_SET_X = 0,
	/* The program counter; reg_index 0. */
	GH_RM_VM_BOOT_CONTEXT_REG_SET_PC = 1,
	/* Stack pointers; reg_index 0-2. */
	GH_RM_VM_BOOT_CONTEXT_REG_SET_SP = 2,
};

/*
 * Request of VM_SET_CONTEXT, L24's VM_SET_BOOT_CONTEXT (16 bytes): one
 * initial register of the boot vCPU. Linux sends it after VM_INIT and
 * before VM_START. RM-side checks are unknown.
 */
struct gh_rm_vm_set_context_req {
	/* The VM. */
	__u16 vmid;
	/* enum gh_rm_vm_boot_context_reg_set value. */
	__u8 reg_set;
	/* Register number within the set. */
	__u8 reg_index;
	/* Zero. */
	__u32 reserved;
	/* Value the register starts with. */
	__u64 value;
} __attribute__((packed));

/* One guest-physical address range (16 bytes). */
struct gh_rm_vm_addr_range {
	/* Start of the range. */
	__u64 base;
	/* Length in bytes. */
	__u64 size;
} __attribute__((packed));

/* Counted list of address ranges with a u32 count. */
struct gh_rm_vm_addr_range_list {
	/* Number of ranges. */
	__u32 n_entries;
	/* The ranges. */
	struct gh_rm_vm_addr_range entries[];
} __attribute__((packed));

/* Request of VM_SET_DEMAND_PAGING (L24; sent before VM_INIT). */
struct gh_rm_vm_set_demand_paging_req {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* Ranges of guest memory that are demand paged. */
	struct gh_rm_vm_addr_range_list ranges;
} __attribute__((packed));

/* Which range VM_SET_ADDRESS_LAYOUT sets (L24). */
enum gh_rm_vm_address_range_id {
	/* Where the image sits; Linux gives the devicetree parcel's range. */
	GH_RM_VM_ADDRESS_RANGE_ID_IMAGE = 0,
	/* Where the firmware sits. */
	GH_RM_VM_ADDRESS_RANGE_ID_FIRMWARE = 1,
};

/* Request of VM_SET_ADDRESS_LAYOUT (L24; 24 bytes). */
struct gh_rm_vm_set_address_layout_req {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* enum gh_rm_vm_address_range_id value. */
	__u32 range_id;
	/* Guest-physical start of the range. */
	__u64 base;
	/* Length in bytes. */
	__u64 size;
} __attribute__((packed));

/* Request of VM_SET_TIME_BASE (VM in INIT or READY; 20 bytes). */
struct gh_rm_vm_set_time_base_req {
	/* The VM. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* Time base for the VM's virtual RTC. */
	__u64 time_base;
	/* System timer count that time_base corresponds to. */
	__u64 arch_timer_ref;
} __attribute__((packed));

/*
 * Extra data after a non-OK error word of VM_SET_TIME_BASE and
 * VM_SET_FIRMWARE_MEM: the hypervisor error behind the failure. Not part
 * of any annotation; the runtime may attach it to the error it raises.
 */
struct gh_rm_hyp_error_detail {
	/* Gunyah hypervisor error code. */
	__u32 hyp_error;
} __attribute__((packed));

/* Reply of VM_GET_STATE (one u32: bits 7:0, 15:8, 31:16). */
struct gh_rm_vm_get_state_resp {
	/* enum gh_rm_vm_status value. */
	__u8 vm_status;
	/* enum gh_rm_os_status value. */
	__u8 os_status;
	/* Application status; opaque to RM. */
	__u16 app_status;
} __attribute__((packed));

/* Request of VM_SET_STATUS (platform secondary VMs only); triggers NOTIF_VM_STATUS. */
struct gh_rm_vm_set_status_req {
	/* Ignored by RM (DS calls it vm_status). */
	__u8 vm_status;
	/* enum gh_rm_os_status value; 0 leaves it unchanged. */
	__u8 os_status;
	/* New application status. */
	__u16 app_status;
} __attribute__((packed));

/* Reply holding a VMID: VM_GET_VMID (the caller's) and VM_GET_OWNER (the caller's owner). */
struct gh_rm_vm_vmid_resp {
	/* The VMID. */
	__u32 vmid;
} __attribute__((packed));

/* One peer of the caller (4 bytes). */
struct gh_rm_vm_peer_entry {
	/* The peer's VMID. */
	__u32 vmid;
} __attribute__((packed));

/* Reply of VM_GET_PEERS. */
struct gh_rm_vm_get_peers_resp {
	/* Number of peers. */
	__u32 n_entries;
	/* The peers. */
	struct gh_rm_vm_peer_entry entries[];
} __attribute__((packed));

/* host_type byte 0: the host is AArch64. */
#define GH_RM_HOST_TYPE_ARCH_AARCH64 0x64U
/* host_type byte 1: Gunyah with a resource manager. */
#define GH_RM_HOST_TYPE_HYP_GUNYAH_RM 0x01U
/* host_type byte 3: version 1. */
#define GH_RM_HOST_TYPE_VERSION_1 0x01U
/* The whole host_type word the open RM returns. */
#define GH_RM_HOST_TYPE_GUNYAH_AARCH64 0x01000164U

/* Reply of VM_HOST_GET_TYPE. */
struct gh_rm_vm_host_get_type_resp {
	/* Byte 0 architecture, byte 1 hypervisor kind, byte 3 version; see GH_RM_HOST_TYPE_*. */
	__u32 host_type;
} __attribute__((packed));

/* Reply of VM_GET_HYP_RESOURCES; Linux insists on exactly 4 + 44 x n_entries bytes. */
struct gh_rm_vm_get_hyp_resources_resp {
	/* Number of resources. */
	__u32 n_entries;
	/* The resources. */
	struct gh_rm_hyp_resource entries[];
} __attribute__((packed));

/* Request of VM_EXIT, sent by the exiting VM itself. */
struct gh_rm_vm_exit_req {
	/* enum gh_rm_vm_exit_flags bits. */
	__u16 exit_flags;
	/* enum gh_rm_vm_exit_code value; RM accepts 0, 1, 3 and 4. */
	__u8 exit_code;
	/* Zero. */
	__u8 reserved;
} __attribute__((packed));

/* Payload of NOTIF_VM_EXITED, sent to the VM's owner. */
struct gh_rm_vm_exited_payload {
	/* The VM that exited. */
	__u16 vmid;
	/* enum gh_rm_vm_exit_type value. */
	__u16 exit_type;
	/* Length of exit_reason: 4, or 16 for PSCI_SYSTEM_RESET2 (Linux keeps at most 8). */
	__u32 exit_reason_size;
	/* Raw tail: struct gh_rm_vm_exit_reason, or gh_rm_vm_exit_reason_reset2; exit_reason_size bytes. */
	__u8 exit_reason[];
} __attribute__((packed));

/* Payload of NOTIF_VM_SHUTDOWN, sent to the VM asked to stop. */
struct gh_rm_vm_shutdown_payload {
	/* The stop_reason of the owner's VM_STOP. */
	__u32 stop_reason;
} __attribute__((packed));

/* Payload of NOTIF_VM_STATUS (8 bytes), sent to the VM's running peers, owner included. */
struct gh_rm_vm_status_payload {
	/* The VM whose status changed. */
	__u16 vmid;
	/* Zero. */
	__u16 reserved;
	/* enum gh_rm_vm_status value. */
	__u8 vm_status;
	/* enum gh_rm_os_status value. */
	__u8 os_status;
	/* Application status. */
	__u16 app_status;
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_VM_H */
