/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: values shared by many
 * messages - RM error codes, VMIDs, VM and OS status, exit reports,
 * authentication mechanisms and the hypervisor resource descriptor.
 * Fact sheet sections 2.2, 2.3, 3, 4, 5.1, 6.7 and 7.
 */
#ifndef _GUNYAH_SDK_RM_TYPES_H
#define _GUNYAH_SDK_RM_TYPES_H

#include <linux/types.h>

/*
 * The u32 status word at the start of every RM reply (RM-types, L23, L24;
 * Linux spells them the same, except that it calls 0x4 INVALID and lacks
 * 0x12-0x14). UNIMPLEMENTED (0xFFFFFFFF) makes the underlying type
 * unsigned int.
 */
enum gh_rm_error {
	/* The call succeeded; call-specific reply data may follow. */
	GH_RM_ERROR_OK = 0x0,
	/* RM ran out of memory. Linux maps it to ENOMEM. */
	GH_RM_ERROR_NOMEM = 0x1,
	/* No free resource of the kind asked for, e.g. no VMID left. Linux: ENODEV. */
	GH_RM_ERROR_NORESOURCE = 0x2,
	/* The caller may not make this call or touch this object. Linux: EPERM. */
	GH_RM_ERROR_DENIED = 0x3,
	/* The message was malformed, e.g. of the wrong length (RM: MSG_INVALID). Linux: EINVAL. */
	GH_RM_ERROR_INVALID = 0x4,
	/* RM or the transport is busy; try again. Linux: EBUSY. */
	GH_RM_ERROR_BUSY = 0x5,
	/* A field holds a value RM does not accept. Linux: EINVAL. */
	GH_RM_ERROR_ARGUMENT_INVALID = 0x6,
	/* A parcel or interrupt handle is unknown or not the caller's. Linux: EINVAL. */
	GH_RM_ERROR_HANDLE_INVALID = 0x7,
	/* A MEM_ACCEPT validation flag found a mismatch. Linux: EINVAL. */
	GH_RM_ERROR_VALIDATE_FAILED = 0x8,
	/* Mapping memory into a VM failed. Linux: EINVAL. */
	GH_RM_ERROR_MAP_FAILED = 0x9,
	/* An address range is not memory the caller may use. Linux: EINVAL. */
	GH_RM_ERROR_MEM_INVALID = 0xA,
	/* A parcel is still accepted by a borrower. Linux: EINVAL. */
	GH_RM_ERROR_MEM_INUSE = 0xB,
	/* A parcel is not currently accepted by the caller. Linux: EINVAL. */
	GH_RM_ERROR_MEM_RELEASED = 0xC,
	/* A VMID names no VM, or one the caller may not act on. Linux: EINVAL. */
	GH_RM_ERROR_VMID_INVALID = 0xD,
	/* A lookup (for example MEM_QCOM_LOOKUP_SGL) found nothing. Linux: EINVAL. */
	GH_RM_ERROR_LOOKUP_FAILED = 0xE,
	/* An interrupt number or handle is not valid here. Linux: EINVAL. */
	GH_RM_ERROR_IRQ_INVALID = 0xF,
	/* An interrupt is in use. Linux: EINVAL. */
	GH_RM_ERROR_IRQ_INUSE = 0x10,
	/* An interrupt has been released. Linux: EINVAL. */
	GH_RM_ERROR_IRQ_RELEASED = 0x11,
	/* An object is in use (RM only; Linux reports an unknown code as EBADMSG). */
	GH_RM_ERROR_IN_USE = 0x12,
	/* An interrupt is not mapped (RM only). */
	GH_RM_ERROR_IRQ_NOT_MAPPED = 0x13,
	/* The VM is not in a state that allows the call (RM only). */
	GH_RM_ERROR_VM_STATE = 0x14,
	/* RM has no handler for the message id. Linux: EOPNOTSUPP. */
	GH_RM_ERROR_UNIMPLEMENTED = 0xFFFFFFFF,
};

/* RM's name for GH_RM_ERROR_INVALID. */
#define GH_RM_ERROR_MSG_INVALID GH_RM_ERROR_INVALID

/* VMID of the hypervisor itself. */
#define GH_RM_VMID_HYP 0x0U
/* In the target vmid field of VM_GET_ID, VM_GET_STATE and the console calls: the caller itself. */
#define GH_RM_VMID_SELF 0x0U
/* VMID of the primary VM (HLOS), the only VM allowed to allocate VMs. */
#define GH_RM_VMID_HLOS 0x3U
/* Explicit VM_ALLOC_VMID requests must name a free platform "secondary" VMID below this value. */
#define GH_RM_VMID_SECONDARY_LIMIT 64U
/* First VMID RM picks when VM_ALLOC_VMID asks for vmid 0. */
#define GH_RM_VMID_DYNAMIC_FIRST 0x80U
/* Last VMID (inclusive) RM picks when VM_ALLOC_VMID asks for vmid 0. */
#define GH_RM_VMID_DYNAMIC_LAST 0xBEU
/* VMID of the resource manager VM (Linux: VMID_ROOT_VM). */
#define GH_RM_VMID_RM 0xFFU
/* RM's wildcard VMID meaning any VM. */
#define GH_RM_VMID_ANY 0xFFFEU
/* RM's default-peer VMID; the same value is Linux's invalid VMID. */
#define GH_RM_VMID_PEER_DEFAULT 0xFFFFU
/* Linux's name for "no VMID"; equal to GH_RM_VMID_PEER_DEFAULT. */
#define GH_RM_VMID_INVALID GH_RM_VMID_PEER_DEFAULT

/*
 * Lifecycle state of a VM as RM tracks it (vm_status in VM_GET_STATE and
 * NOTIF_VM_STATUS). Current numbering of RM-mgnt, L23 and L24; value 7 is
 * unused. An older downstream header (DS) numbered 5, 6 and 7 as SHUTDOWN,
 * SHUTOFF and CRASHED and had no 9-11.
 */
enum gh_rm_vm_status {
	/* No state (RM: NONE). */
	GH_RM_VM_STATUS_NO_STATE = 0,
	/* Image configured; waiting for VM_INIT. */
	GH_RM_VM_STATUS_INIT = 1,
	/* Built by VM_INIT; waiting for VM_START. */
	GH_RM_VM_STATUS_READY = 2,
	/* Started and running. */
	GH_RM_VM_STATUS_RUNNING = 3,
	/* Paused (no public call reaches this state in the open RM). */
	GH_RM_VM_STATUS_PAUSED = 4,
	/* Just allocated by VM_ALLOC_VMID; waiting for VM_CONFIG_IMAGE. */
	GH_RM_VM_STATUS_LOAD = 5,
	/* Waiting for VM_AUTH_IMAGE (platform authentication). */
	GH_RM_VM_STATUS_AUTH = 6,
	/* Configuration, authentication, VM_INIT or VM_START failed. */
	GH_RM_VM_STATUS_INIT_FAILED = 8,
	/* The VM stopped running (exit, forced stop, watchdog or vCPU halt). */
	GH_RM_VM_STATUS_EXITED = 9,
	/* VM_RESET is tearing the VM's resources down. */
	GH_RM_VM_STATUS_RESETTING = 10,
	/* Teardown finished; the VMID may be freed or the VM configured again. */
	GH_RM_VM_STATUS_RESET = 11,
};

/* Guest OS state reported with VM_SET_STATUS (RM-mgnt; DS lists only 0-4). */
enum gh_rm_os_status {
	/* Nothing reported. As VM_SET_STATUS input: leave the OS status unchanged. */
	GH_RM_OS_STATUS_NONE = 0,
	/* Early boot. */
	GH_RM_OS_STATUS_EARLY_BOOT = 1,
	/* Booting. */
	GH_RM_OS_STATUS_BOOT = 2,
	/* OS initialisation. */
	GH_RM_OS_STATUS_INIT = 3,
	/* Running normally. */
	GH_RM_OS_STATUS_RUN = 4,
	/* Shutting down. */
	GH_RM_OS_STATUS_SHUTDOWN = 5,
	/* Halted. */
	GH_RM_OS_STATUS_HALTED = 6,
	/* Crashed. */
	GH_RM_OS_STATUS_CRASHED = 7,
};

/* Why a VM exited: exit_type of NOTIF_VM_EXITED (RM-mgnt). */
enum gh_rm_vm_exit_type {
	/* The guest called VM_EXIT. */
	GH_RM_VM_EXIT_TYPE_VM_EXIT = 0,
	/* A vCPU halted in the powered-off state. */
	GH_RM_VM_EXIT_TYPE_PLATFORM_OFF = 1,
	/* The guest made a plain PSCI SYSTEM_RESET. */
	GH_RM_VM_EXIT_TYPE_PLATFORM_RESET = 2,
	/* The guest made a PSCI SYSTEM_RESET2; the reason has three extra words. */
	GH_RM_VM_EXIT_TYPE_PSCI_SYSTEM_RESET2 = 3,
	/* The VM's watchdog expired. */
	GH_RM_VM_EXIT_TYPE_WATCHDOG_BITE = 4,
	/* A vCPU faulted or halted unexpectedly. */
	GH_RM_VM_EXIT_TYPE_SOFTWARE_ERROR = 5,
	/* An asynchronous hardware error. */
	GH_RM_VM_EXIT_TYPE_ASYNC_HW_ERROR = 6,
	/* The owner called VM_STOP with the FORCE flag. */
	GH_RM_VM_EXIT_TYPE_VM_STOP_FORCED = 7,
};

/* Exit code: bits 31:16 of the first exit reason word, and the exit_code of VM_EXIT (RM-mgnt). */
enum gh_rm_vm_exit_code {
	/* Normal exit. */
	GH_RM_VM_EXIT_CODE_NORMAL = 0,
	/* Software error; RM also reports it for watchdog bites and halts after a crash message was set. */
	GH_RM_VM_EXIT_CODE_SOFTWARE_ERROR = 1,
	/* Unknown error (RM uses it for unexpected vCPU halt states; not accepted in VM_EXIT). */
	GH_RM_VM_EXIT_CODE_UNKNOWN_ERROR = 2,
	/* Bus error. */
	GH_RM_VM_EXIT_CODE_BUS_ERROR = 3,
	/* Device error. */
	GH_RM_VM_EXIT_CODE_DEVICE_ERROR = 4,
};

/* Exit flags: bits 15:0 of the first exit reason word, and exit_flags of VM_EXIT (RM-mgnt). */
enum gh_rm_vm_exit_flags {
	/* The guest wants to be restarted. */
	GH_RM_VM_EXIT_FLAG_RESTART = (1U << 0),
	/* Set by RM when a PSCI SYSTEM_RESET2 was made with the SMC64 calling convention. */
	GH_RM_VM_EXIT_FLAG_SMC64 = (1U << 15),
};

/* Mask of the exit flags in the first exit reason word. */
#define GH_RM_VM_EXIT_REASON_FLAGS_MASK 0xffffU
/* Shift of the exit code in the first exit reason word. */
#define GH_RM_VM_EXIT_REASON_CODE_SHIFT 16

/* The exit reason bytes of NOTIF_VM_EXITED for every exit type except PSCI_SYSTEM_RESET2 (4 bytes). */
struct gh_rm_vm_exit_reason {
	/* enum gh_rm_vm_exit_flags bits. */
	__u16 flags;
	/* An enum gh_rm_vm_exit_code value. */
	__u16 code;
} __attribute__((packed));

/* The exit reason bytes of NOTIF_VM_EXITED for exit type PSCI_SYSTEM_RESET2 (16 bytes). */
struct gh_rm_vm_exit_reason_reset2 {
	/* enum gh_rm_vm_exit_flags bits. */
	__u16 flags;
	/* An enum gh_rm_vm_exit_code value. */
	__u16 code;
	/* The PSCI reset type the guest passed. */
	__u32 reset_type;
	/* The cookie the guest passed; only the low 32 bits unless GH_RM_VM_EXIT_FLAG_SMC64 is set. */
	__u64 cookie;
} __attribute__((packed));

/*
 * How RM authenticates a VM's image (auth_mech of VM_CONFIG_IMAGE,
 * auth_type of FW_SET_VM_FIRMWARE). Linux names (L23, L24); RM calls them
 * VM_AUTH_TYPE_NONE, PLATFORM and ANDROID (RM-types).
 */
enum gh_rm_vm_auth_mech {
	/* No authentication; the VM goes straight to INIT. */
	GH_RM_VM_AUTH_NONE = 0,
	/* Qualcomm PIL ELF / platform authentication; the VM waits in AUTH for VM_AUTH_IMAGE. */
	GH_RM_VM_AUTH_QCOM_PIL_ELF = 1,
	/* Android protected VM firmware; the VM goes to INIT and uses VM_SET_FIRMWARE_MEM. */
	GH_RM_VM_AUTH_QCOM_ANDROID_PVM = 2,
};

/* RM's name for GH_RM_VM_AUTH_QCOM_PIL_ELF. */
#define GH_RM_VM_AUTH_PLATFORM GH_RM_VM_AUTH_QCOM_PIL_ELF
/* RM's name for GH_RM_VM_AUTH_QCOM_ANDROID_PVM. */
#define GH_RM_VM_AUTH_ANDROID GH_RM_VM_AUTH_QCOM_ANDROID_PVM

/* Flags of struct gh_rm_vm_stop_req. */
enum gh_rm_vm_stop_flags {
	/* Stop at once and report VM_STOP_FORCED, instead of asking the guest with NOTIF_VM_SHUTDOWN. */
	GH_RM_VM_STOP_FLAG_FORCE = (1U << 0),
};

/* The stop_reason Linux always sends, together with GH_RM_VM_STOP_FLAG_FORCE. */
#define GH_RM_VM_STOP_REASON_FORCE_STOP 3U

/*
 * Kind of a hypervisor resource in a VM_GET_HYP_RESOURCES reply. Names
 * are L23/L24's where they have one, else RM's; RM and DS names are given
 * in the comments (RM-res, L23, L24, DS).
 */
enum gh_rm_resource_type {
	/* Sending end of a doorbell; no IRQ. RM: RSC_DOORBELL_SRC, DS: DB_TX. */
	GH_RM_RESOURCE_TYPE_BELL_TX = 0,
	/* Receiving end of a doorbell, with a virtual IRQ. RM: RSC_DOORBELL, DS: DB_RX. */
	GH_RM_RESOURCE_TYPE_BELL_RX = 1,
	/* Sending end of a message queue. RM: RSC_MSG_QUEUE_SEND, DS: MQ_TX. */
	GH_RM_RESOURCE_TYPE_MSGQ_TX = 2,
	/* Receiving end of a message queue. RM: RSC_MSG_QUEUE_RECV, DS: MQ_RX. */
	GH_RM_RESOURCE_TYPE_MSGQ_RX = 3,
	/* A vCPU; virq is its proxy-scheduling wakeup IRQ, label its affinity index. RM: RSC_VIRTUAL_CPU. */
	GH_RM_RESOURCE_TYPE_VCPU = 4,
	/* A virtual power-management group (RM: RSC_VIRTUAL_PM, DS: VPMGRP; not in Linux). */
	GH_RM_RESOURCE_TYPE_VIRTUAL_PM = 5,
	/* A virtio-mmio backend; base and size give its config area (RM: RSC_VIRTIO_MMIO; not in Linux). */
	GH_RM_RESOURCE_TYPE_VIRTIO_MMIO = 6,
	/* A virtual RTC (RM: RSC_VRTC only). */
	GH_RM_RESOURCE_TYPE_VRTC = 7,
	/* A watchdog (RM: RSC_WATCHDOG, DS: WATCHDOG; not in Linux). */
	GH_RM_RESOURCE_TYPE_WATCHDOG = 8,
	/* A memory extent (L24 only; not produced by the open RM). */
	GH_RM_RESOURCE_TYPE_MEM_EXTENT = 9,
	/* An address space (L24 only; not produced by the open RM). */
	GH_RM_RESOURCE_TYPE_ADDR_SPACE = 10,
};

/* RM's name for GH_RM_RESOURCE_TYPE_BELL_TX. */
#define GH_RM_RESOURCE_TYPE_DOORBELL_SRC GH_RM_RESOURCE_TYPE_BELL_TX
/* RM's name for GH_RM_RESOURCE_TYPE_BELL_RX. */
#define GH_RM_RESOURCE_TYPE_DOORBELL GH_RM_RESOURCE_TYPE_BELL_RX
/* RM's name for GH_RM_RESOURCE_TYPE_MSGQ_TX. */
#define GH_RM_RESOURCE_TYPE_MSG_QUEUE_SEND GH_RM_RESOURCE_TYPE_MSGQ_TX
/* RM's name for GH_RM_RESOURCE_TYPE_MSGQ_RX. */
#define GH_RM_RESOURCE_TYPE_MSG_QUEUE_RECV GH_RM_RESOURCE_TYPE_MSGQ_RX

/* One capability or IRQ the caller holds for a VM: an entry of a VM_GET_HYP_RESOURCES reply (44 bytes). */
struct gh_rm_hyp_resource {
	/* An enum gh_rm_resource_type value. */
	__u8 type;
	/* Zero. */
	__u8 reserved;
	/* The VM the resource connects to (for vdevices); 0 for vCPUs. */
	__u16 partner_vmid;
	/* RM's handle for the resource; 0 in the open RM. */
	__u32 resource_handle;
	/* vCPU: affinity index (Linux uses it as the vCPU id); other kinds: label from the VM configuration. */
	__u32 resource_label;
	/* Capability id in the caller's capability space. */
	__u64 cap_id;
	/* Unused; 0. */
	__u32 virq_handle;
	/* Virtual IRQ delivered to the caller, 0 if none; for a vCPU its wakeup IRQ. */
	__u32 virq;
	/* virtio-mmio: guest-physical base of the backend's config area. */
	__u64 base;
	/* virtio-mmio: size of that area. */
	__u64 size;
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_TYPES_H */
