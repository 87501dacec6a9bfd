/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: message ids of every
 * call and notification listed in the fact sheet (sections 2.1 and 3).
 *
 * Naming: GH_RM_RPC_<name>, where <name> is the 2023 Linux series (L23)
 * name when it has one, else RM's own name, else the 2024 Linux series
 * (L24) name, else the Qualcomm downstream driver (DS) name. Notifications
 * use GH_RM_RPC_NOTIF_<name>. Where RM, L23 or L24 name an id differently,
 * an alias #define follows the primary one. Each comment ends with the
 * source keys of the fact sheet that define the id.
 */
#ifndef _GUNYAH_SDK_RM_IDS_H
#define _GUNYAH_SDK_RM_IDS_H

/* Informative: hypervisor identification. No handler in the open RM. (DS CALL_GET_IDENT) */
#define GH_RM_RPC_GET_IDENT 0x00000001U
/* Informative: feature query. No handler in the open RM. (DS CALL_GET_FEATURES) */
#define GH_RM_RPC_GET_FEATURES 0x00000002U

/* Create a memory parcel and hand its ownership to the single VM in the ACL. (RM-mp MEM_DONATE; DS) */
#define GH_RM_RPC_MEM_DONATE 0x51000010U
/* A borrower maps a parcel it was given into its own address space. (RM-mp MEM_ACCEPT; DS) */
#define GH_RM_RPC_MEM_ACCEPT 0x51000011U
/* Create a parcel the owner can no longer access while it is lent. (RM-mp, L23, L24, DS) */
#define GH_RM_RPC_MEM_LEND 0x51000012U
/* Create a parcel the owner keeps accessing alongside the borrowers. (RM-mp, L23, L24, DS) */
#define GH_RM_RPC_MEM_SHARE 0x51000013U
/* A borrower gives up its access to a parcel. (RM-mp MEM_RELEASE; DS; Linux has only the request struct) */
#define GH_RM_RPC_MEM_RELEASE 0x51000014U
/* The owner takes a parcel back; its handle is freed. (RM-mp, L23, L24, DS) */
#define GH_RM_RPC_MEM_RECLAIM 0x51000015U
/* Ask RM to send memory notifications about a parcel to other VMs. (RM-mp MEM_NOTIFY; DS) */
#define GH_RM_RPC_MEM_NOTIFY 0x51000017U
/* Add address ranges to a parcel created with the APPEND flag. (RM-mp, L23, L24, DS) */
#define GH_RM_RPC_MEM_APPEND 0x51000018U
/* Find, or create, the parcel handle of memory that is already mapped. (RM-mp MEM_QCOM_LOOKUP_SGL; DS) */
#define GH_RM_RPC_MEM_QCOM_LOOKUP_SGL 0x5100001AU

/* The primary VM declares that firmware loading is finished. (RM-misc FW_MILESTONE) */
#define GH_RM_RPC_FW_MILESTONE 0x51000020U
/* The primary VM donates a firmware image to RM for one authentication type. (RM-misc FW_SET_VM_FIRMWARE) */
#define GH_RM_RPC_FW_SET_VM_FIRMWARE 0x51000021U

/* Allocate a VMID; the new VM starts in state LOAD. (L23, L24; RM-mgnt and DS call it VM_ALLOCATE) */
#define GH_RM_RPC_VM_ALLOC_VMID 0x56000001U
/* RM's name for GH_RM_RPC_VM_ALLOC_VMID. (RM-mgnt, DS) */
#define GH_RM_RPC_VM_ALLOCATE GH_RM_RPC_VM_ALLOC_VMID
/* Free a VMID of a VM in state LOAD or RESET. (L23, L24; RM-mgnt and DS call it VM_DEALLOCATE) */
#define GH_RM_RPC_VM_DEALLOC_VMID 0x56000002U
/* RM's name for GH_RM_RPC_VM_DEALLOC_VMID. (RM-mgnt, DS) */
#define GH_RM_RPC_VM_DEALLOCATE GH_RM_RPC_VM_DEALLOC_VMID
/* Start a VM in state READY; it becomes RUNNING. (RM-mgnt, L23, L24, DS) */
#define GH_RM_RPC_VM_START 0x56000004U
/* Stop a running VM, forcibly or by asking it to shut down. (RM-mgnt, L23, L24, DS) */
#define GH_RM_RPC_VM_STOP 0x56000005U
/*
 * Tear down a stopped VM's resources; it ends in state RESET. (RM-mgnt,
 * L23, L24, DS all say VM_RESET; an RM header older than 12/2023 named
 * this id VM_SHUTDOWN, which is not aliased here because it is unrelated
 * to the NOTIF_VM_SHUTDOWN notification.)
 */
#define GH_RM_RPC_VM_RESET 0x56000006U
/* Pause a running VM. Commented out in the 12/2023 RM, so it answers UNIMPLEMENTED. (RM-mgnt) */
#define GH_RM_RPC_VM_SUSPEND 0x56000007U
/* Resume a paused VM. Commented out in the 12/2023 RM, so it answers UNIMPLEMENTED. (RM-mgnt) */
#define GH_RM_RPC_VM_RESUME 0x56000008U
/* Tell RM where a new VM's image and devicetree are and how to authenticate them. (RM-create, L23, L24, DS) */
#define GH_RM_RPC_VM_CONFIG_IMAGE 0x56000009U
/* Pass platform authentication parameters for a VM in state AUTH. (RM-create VM_AUTH_IMAGE; DS) */
#define GH_RM_RPC_VM_AUTH_IMAGE 0x5600000AU
/* Have RM build a VM in state INIT; it becomes READY. (RM-create, L23, L24, DS) */
#define GH_RM_RPC_VM_INIT 0x5600000BU

/* Read the identities (GUID, URI, name, signing authority) of a VM. (RM-mgnt VM_GET_ID; DS) */
#define GH_RM_RPC_VM_GET_ID 0x56000010U
/* Find VMIDs by URI. (RM-mgnt VM_LOOKUP_URI; DS) */
#define GH_RM_RPC_VM_LOOKUP_URI 0x56000011U
/* Find VMIDs by GUID. (RM-mgnt VM_LOOKUP_GUID; DS) */
#define GH_RM_RPC_VM_LOOKUP_GUID 0x56000012U
/* Find VMIDs by name. (RM-mgnt VM_LOOKUP_NAME; DS) */
#define GH_RM_RPC_VM_LOOKUP_NAME 0x56000013U
/* Read the VMID of the caller's owner. (RM-mgnt VM_GET_OWNER) */
#define GH_RM_RPC_VM_GET_OWNER 0x56000015U
/* Read the VM, OS and application status of a VM. (RM-mgnt VM_GET_STATE; DS) */
#define GH_RM_RPC_VM_GET_STATE 0x56000017U
/* Read the crash message a VM stored. (RM-mgnt VM_GET_CRASH_MSG) */
#define GH_RM_RPC_VM_GET_CRASH_MSG 0x56000019U
/* List the capabilities and virtual IRQs the caller holds for a VM. (RM-res, L23, L24, DS) */
#define GH_RM_RPC_VM_GET_HYP_RESOURCES 0x56000020U
/* Capability lookup; the open RM has only a stub, so it answers UNIMPLEMENTED. (RM-mgnt; DS calls it VM_LOOKUP_HYP_CAPIDS) */
#define GH_RM_RPC_VM_GET_HYP_CAPIDS 0x56000021U
/* Virtual IRQ lookup; the open RM has only a stub, so it answers UNIMPLEMENTED. (RM-mgnt; DS calls it VM_LOOKUP_HYP_IRQS) */
#define GH_RM_RPC_VM_GET_HYP_IRQS 0x56000022U
/* Read the caller's own VMID. (RM-mgnt, L23, L24) */
#define GH_RM_RPC_VM_GET_VMID 0x56000024U
/* List the caller's peer VMIDs. (RM-mgnt VM_GET_PEERS) */
#define GH_RM_RPC_VM_GET_PEERS 0x56000025U

/* Set the time base of a VM's virtual RTC. (RM-mgnt VM_SET_TIME_BASE; DS) */
#define GH_RM_RPC_VM_SET_TIME_BASE 0x56000030U
/*
 * Set one initial vCPU register of a new VM. The 12/2023 RM defines the id
 * but has no handler; the payload is L24's. (RM-mgnt VM_SET_CONTEXT; L24
 * calls it VM_SET_BOOT_CONTEXT)
 */
#define GH_RM_RPC_VM_SET_CONTEXT 0x56000031U
/* L24's name for GH_RM_RPC_VM_SET_CONTEXT. (L24) */
#define GH_RM_RPC_VM_SET_BOOT_CONTEXT GH_RM_RPC_VM_SET_CONTEXT
/* Name the firmware region of a VM inside a memory parcel. (RM-mgnt, L23) */
#define GH_RM_RPC_VM_SET_FIRMWARE_MEM 0x56000032U
/* Declare the demand-paged ranges of a new VM. Not in the open RM. (L24) */
#define GH_RM_RPC_VM_SET_DEMAND_PAGING 0x56000033U
/* Declare the image or firmware IPA range of a new VM. Not in the open RM. (L24) */
#define GH_RM_RPC_VM_SET_ADDRESS_LAYOUT 0x56000034U

/* Minidump: query slot information. Not in the open RM. (DS VM_MINIDUMP_GET_INFO) */
#define GH_RM_RPC_VM_MINIDUMP_GET_INFO 0x56000040U
/* Minidump: register a memory range. Not in the open RM. (DS VM_MINIDUMP_REGISTER_RANGE) */
#define GH_RM_RPC_VM_MINIDUMP_REGISTER_RANGE 0x56000041U
/* Minidump: drop a registered slot. Not in the open RM. (DS VM_MINIDUMP_DEREGISTER_SLOT) */
#define GH_RM_RPC_VM_MINIDUMP_DEREGISTER_SLOT 0x56000042U
/* Minidump: find a slot number. Not in the open RM; only in later DS copies. (DS VM_MINIDUMP_GET_SLOT_NUMBER) */
#define GH_RM_RPC_VM_MINIDUMP_GET_SLOT_NUMBER 0x56000043U

/* A borrower accepts an interrupt lent to it. (RM-irq VM_IRQ_ACCEPT; DS) */
#define GH_RM_RPC_VM_IRQ_ACCEPT 0x56000050U
/* The owner of a hardware interrupt lends it to another VM. (RM-irq VM_IRQ_LEND; DS) */
#define GH_RM_RPC_VM_IRQ_LEND 0x56000051U
/* A borrower gives a lent interrupt back. (RM-irq VM_IRQ_RELEASE; DS) */
#define GH_RM_RPC_VM_IRQ_RELEASE 0x56000052U
/* The owner takes a lent interrupt back. (RM-irq VM_IRQ_RECLAIM; DS) */
#define GH_RM_RPC_VM_IRQ_RECLAIM 0x56000053U
/* Ask RM to send interrupt-lending notifications. (RM-irq VM_IRQ_NOTIFY; DS) */
#define GH_RM_RPC_VM_IRQ_NOTIFY 0x56000054U
/* Unmap interrupts; defined by RM but not handled, so it answers UNIMPLEMENTED. (RM-irq VM_IRQ_UNMAP; DS) */
#define GH_RM_RPC_VM_IRQ_UNMAP 0x56000055U

/* A guest reports its OS and application status. (RM-mgnt VM_SET_STATUS; DS) */
#define GH_RM_RPC_VM_SET_STATUS 0x56000080U
/* Open the RM console of the caller or of a VM it owns. (RM-con VM_CONSOLE_OPEN; DS; early Linux series) */
#define GH_RM_RPC_VM_CONSOLE_OPEN 0x56000081U
/* Close an RM console. (RM-con VM_CONSOLE_CLOSE; DS; early Linux series) */
#define GH_RM_RPC_VM_CONSOLE_CLOSE 0x56000082U
/* Write characters to the other end of an RM console. (RM-con VM_CONSOLE_WRITE; DS; early Linux series) */
#define GH_RM_RPC_VM_CONSOLE_WRITE 0x56000083U
/* Flush an RM console; a no-op in RM. (RM-con VM_CONSOLE_FLUSH; DS; early Linux series) */
#define GH_RM_RPC_VM_CONSOLE_FLUSH 0x56000084U
/* A guest asks to exit. (RM-mgnt VM_EXIT) */
#define GH_RM_RPC_VM_EXIT 0x56000085U
/* A guest stores a crash message for its owner to read. (RM-mgnt VM_SET_CRASH_MSG) */
#define GH_RM_RPC_VM_SET_CRASH_MSG 0x56000086U
/* Read a word describing the host (architecture, hypervisor kind, version). (RM-mgnt VM_HOST_GET_TYPE; DS) */
#define GH_RM_RPC_VM_HOST_GET_TYPE 0x560000A0U

/* Reserve guest-physical address ranges of the caller. (RM-misc IPA_RESERVE) */
#define GH_RM_RPC_IPA_RESERVE 0x560000B0U
/* Release reserved address ranges; defined by RM but not handled, so it answers UNIMPLEMENTED. (RM-misc IPA_UNRESERVE) */
#define GH_RM_RPC_IPA_UNRESERVE 0x560000B1U

/* Notification: a VM exited; sent to its owner. (RM-mgnt NOTIFY_VM_EXITED; L23/L24 NOTIFICATION_VM_EXITED) */
#define GH_RM_RPC_NOTIF_VM_EXITED 0x56100001U
/* Notification: the receiving VM is asked to shut down (VM_STOP without FORCE). (RM-mgnt NOTIFY_VM_SHUTDOWN) */
#define GH_RM_RPC_NOTIF_VM_SHUTDOWN 0x56100002U
/* Notification: a VM's status changed; sent to its running peers. (RM-mgnt NOTIFY_VM_STATUS; L23/L24 NOTIFICATION_VM_STATUS; DS) */
#define GH_RM_RPC_NOTIF_VM_STATUS 0x56100008U
/* Notification: an interrupt was lent to the receiving VM. (RM-irq NOTIFY_VM_IRQ_LENT; DS) */
#define GH_RM_RPC_NOTIF_VM_IRQ_LENT 0x56100011U
/* Notification to an interrupt's owner: the borrower released it. (RM-irq NOTIFY_VM_IRQ_RELEASED; DS) */
#define GH_RM_RPC_NOTIF_VM_IRQ_RELEASED 0x56100012U
/* Notification to an interrupt's owner: the borrower accepted it. (RM-irq NOTIFY_VM_IRQ_ACCEPTED; DS) */
#define GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED 0x56100013U
/* Notification: characters arrived on the receiving VM's console. (RM-con NOTIFY_VM_CONSOLE_CHARS; DS) */
#define GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS 0x56100080U
/* Notification: a parcel was shared with or lent to the receiving VM. (RM-mp MEM_SHARED) */
#define GH_RM_RPC_NOTIF_MEM_SHARED 0x51100011U
/* Notification to a parcel's owner: a borrower released it. (RM-mp MEM_RELEASED) */
#define GH_RM_RPC_NOTIF_MEM_RELEASED 0x51100012U
/* Notification to a parcel's owner: a borrower accepted it. (RM-mp MEM_ACCEPTED) */
#define GH_RM_RPC_NOTIF_MEM_ACCEPTED 0x51100013U
/* Notification: the owner asks the receiving borrower to release a parcel. (RM-mp MEM_RECALL) */
#define GH_RM_RPC_NOTIF_MEM_RECALL 0x51100014U

#endif /* _GUNYAH_SDK_RM_IDS_H */
