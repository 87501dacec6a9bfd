/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: the root header. It
 * pulls in the message ids, framing constants, shared values and payload
 * structs, then binds every call and notification whose payload is known
 * to its types with GH_RM_CALL and GH_RM_NOTIFICATION. Written for this
 * SDK from the fact sheet /work/shared/abi/gunyah-rm.md; the conventions
 * are described in docs/rm-protocol.md, section "Definitions format".
 *
 * Ids defined in rm_ids.h but bound here to nothing, because no open
 * source handles them or their payloads are unknown: GET_IDENT,
 * GET_FEATURES, VM_SUSPEND, VM_RESUME, VM_GET_HYP_CAPIDS, VM_GET_HYP_IRQS,
 * the four VM_MINIDUMP_* ids, VM_IRQ_UNMAP and IPA_UNRESERVE.
 */
#ifndef _GUNYAH_SDK_RM_RPC_H
#define _GUNYAH_SDK_RM_RPC_H

#include <linux/types.h>
#include <gunyah/rm_annotations.h>
#include <gunyah/rm_framing.h>
#include <gunyah/rm_ids.h>
#include <gunyah/rm_types.h>
#include <gunyah/rm_mem.h>
#include <gunyah/rm_mem_notify.h>
#include <gunyah/rm_vm.h>
#include <gunyah/rm_query.h>
#include <gunyah/rm_services.h>

/* MEM_DONATE: create a parcel owned by the recipient; replies with its handle. */
#define GH_RM_CALL_MEM_DONATE GH_RM_CALL(GH_RM_RPC_MEM_DONATE, struct gh_rm_mem_share_req, struct gh_rm_mem_handle_resp)
/* MEM_ACCEPT: map a parcel; replies with RM-chosen addresses only when the request's SGL list was empty. */
#define GH_RM_CALL_MEM_ACCEPT GH_RM_CALL(GH_RM_RPC_MEM_ACCEPT, struct gh_rm_mem_accept_req, struct gh_rm_mem_accept_resp)
/* MEM_LEND: create a lent parcel; replies with its handle. */
#define GH_RM_CALL_MEM_LEND GH_RM_CALL(GH_RM_RPC_MEM_LEND, struct gh_rm_mem_share_req, struct gh_rm_mem_handle_resp)
/* MEM_SHARE: create a shared parcel; replies with its handle. */
#define GH_RM_CALL_MEM_SHARE GH_RM_CALL(GH_RM_RPC_MEM_SHARE, struct gh_rm_mem_share_req, struct gh_rm_mem_handle_resp)
/* MEM_RELEASE: a borrower gives a parcel up. */
#define GH_RM_CALL_MEM_RELEASE GH_RM_CALL(GH_RM_RPC_MEM_RELEASE, struct gh_rm_mem_release_req, void)
/* MEM_RECLAIM: the owner takes a parcel back. */
#define GH_RM_CALL_MEM_RECLAIM GH_RM_CALL(GH_RM_RPC_MEM_RECLAIM, struct gh_rm_mem_release_req, void)
/* MEM_NOTIFY: have RM notify VMs about a parcel. */
#define GH_RM_CALL_MEM_NOTIFY GH_RM_CALL(GH_RM_RPC_MEM_NOTIFY, struct gh_rm_mem_notify_req, void)
/* MEM_APPEND: add ranges to an unfinished parcel. */
#define GH_RM_CALL_MEM_APPEND GH_RM_CALL(GH_RM_RPC_MEM_APPEND, struct gh_rm_mem_append_req, void)
/* MEM_QCOM_LOOKUP_SGL: find the parcel of mapped memory; replies with its handle. */
#define GH_RM_CALL_MEM_QCOM_LOOKUP_SGL GH_RM_CALL(GH_RM_RPC_MEM_QCOM_LOOKUP_SGL, struct gh_rm_mem_lookup_sgl_req, struct gh_rm_mem_handle_resp)

/* FW_MILESTONE: end firmware loading; no payload either way. */
#define GH_RM_CALL_FW_MILESTONE GH_RM_CALL(GH_RM_RPC_FW_MILESTONE, void, void)
/* FW_SET_VM_FIRMWARE: donate a firmware image to RM. */
#define GH_RM_CALL_FW_SET_VM_FIRMWARE GH_RM_CALL(GH_RM_RPC_FW_SET_VM_FIRMWARE, struct gh_rm_fw_set_vm_firmware_req, void)

/* VM_ALLOC_VMID: allocate a VMID; the reply is empty unless the request's vmid was 0. */
#define GH_RM_CALL_VM_ALLOC_VMID GH_RM_CALL(GH_RM_RPC_VM_ALLOC_VMID, struct gh_rm_vm_alloc_vmid_req, struct gh_rm_vm_alloc_vmid_resp)
/* VM_DEALLOC_VMID: free a VMID. */
#define GH_RM_CALL_VM_DEALLOC_VMID GH_RM_CALL(GH_RM_RPC_VM_DEALLOC_VMID, struct gh_rm_vm_common_vmid_req, void)
/* VM_START: start a READY VM. */
#define GH_RM_CALL_VM_START GH_RM_CALL(GH_RM_RPC_VM_START, struct gh_rm_vm_common_vmid_req, void)
/* VM_STOP: stop a running VM. */
#define GH_RM_CALL_VM_STOP GH_RM_CALL(GH_RM_RPC_VM_STOP, struct gh_rm_vm_stop_req, void)
/* VM_RESET: tear a stopped VM down; completion is signalled by NOTIF_VM_STATUS with status RESET. */
#define GH_RM_CALL_VM_RESET GH_RM_CALL(GH_RM_RPC_VM_RESET, struct gh_rm_vm_common_vmid_req, void)
/* VM_CONFIG_IMAGE: give RM the image and devicetree of a new VM. */
#define GH_RM_CALL_VM_CONFIG_IMAGE GH_RM_CALL(GH_RM_RPC_VM_CONFIG_IMAGE, struct gh_rm_vm_config_image_req, void)
/* VM_AUTH_IMAGE: pass authentication parameters. */
#define GH_RM_CALL_VM_AUTH_IMAGE GH_RM_CALL(GH_RM_RPC_VM_AUTH_IMAGE, struct gh_rm_vm_auth_image_req, void)
/* VM_INIT: build a VM in INIT. */
#define GH_RM_CALL_VM_INIT GH_RM_CALL(GH_RM_RPC_VM_INIT, struct gh_rm_vm_common_vmid_req, void)

/* VM_GET_ID: read a VM's identities. */
#define GH_RM_CALL_VM_GET_ID GH_RM_CALL(GH_RM_RPC_VM_GET_ID, struct gh_rm_vm_common_vmid_req, struct gh_rm_vm_get_id_resp)
/* VM_LOOKUP_URI: find VMs by URI. */
#define GH_RM_CALL_VM_LOOKUP_URI GH_RM_CALL(GH_RM_RPC_VM_LOOKUP_URI, struct gh_rm_vm_lookup_name_req, struct gh_rm_vm_lookup_resp)
/* VM_LOOKUP_GUID: find VMs by GUID. */
#define GH_RM_CALL_VM_LOOKUP_GUID GH_RM_CALL(GH_RM_RPC_VM_LOOKUP_GUID, struct gh_rm_vm_lookup_guid_req, struct gh_rm_vm_lookup_resp)
/* VM_LOOKUP_NAME: find VMs by name. */
#define GH_RM_CALL_VM_LOOKUP_NAME GH_RM_CALL(GH_RM_RPC_VM_LOOKUP_NAME, struct gh_rm_vm_lookup_name_req, struct gh_rm_vm_lookup_resp)
/* VM_GET_OWNER: read the caller's owner. */
#define GH_RM_CALL_VM_GET_OWNER GH_RM_CALL(GH_RM_RPC_VM_GET_OWNER, void, struct gh_rm_vm_vmid_resp)
/* VM_GET_STATE: read a VM's status words. */
#define GH_RM_CALL_VM_GET_STATE GH_RM_CALL(GH_RM_RPC_VM_GET_STATE, struct gh_rm_vm_common_vmid_req, struct gh_rm_vm_get_state_resp)
/* VM_GET_CRASH_MSG: read a VM's crash message. */
#define GH_RM_CALL_VM_GET_CRASH_MSG GH_RM_CALL(GH_RM_RPC_VM_GET_CRASH_MSG, struct gh_rm_vm_common_vmid_req, struct gh_rm_vm_crash_msg)
/* VM_GET_HYP_RESOURCES: list the caller's capabilities and IRQs for a VM. */
#define GH_RM_CALL_VM_GET_HYP_RESOURCES GH_RM_CALL(GH_RM_RPC_VM_GET_HYP_RESOURCES, struct gh_rm_vm_common_vmid_req, struct gh_rm_vm_get_hyp_resources_resp)
/* VM_GET_VMID: read the caller's VMID. */
#define GH_RM_CALL_VM_GET_VMID GH_RM_CALL(GH_RM_RPC_VM_GET_VMID, void, struct gh_rm_vm_vmid_resp)
/* VM_GET_PEERS: list the caller's peers. */
#define GH_RM_CALL_VM_GET_PEERS GH_RM_CALL(GH_RM_RPC_VM_GET_PEERS, void, struct gh_rm_vm_get_peers_resp)

/* VM_SET_TIME_BASE: set the virtual RTC time base; a failure may carry a gh_rm_hyp_error_detail. */
#define GH_RM_CALL_VM_SET_TIME_BASE GH_RM_CALL(GH_RM_RPC_VM_SET_TIME_BASE, struct gh_rm_vm_set_time_base_req, void)
/* VM_SET_CONTEXT (L24 VM_SET_BOOT_CONTEXT): set one boot register. */
#define GH_RM_CALL_VM_SET_CONTEXT GH_RM_CALL(GH_RM_RPC_VM_SET_CONTEXT, struct gh_rm_vm_set_context_req, void)
/* VM_SET_FIRMWARE_MEM: name the firmware region; a failure may carry a gh_rm_hyp_error_detail. */
#define GH_RM_CALL_VM_SET_FIRMWARE_MEM GH_RM_CALL(GH_RM_RPC_VM_SET_FIRMWARE_MEM, struct gh_rm_vm_set_firmware_mem_req, void)
/* VM_SET_DEMAND_PAGING (L24): declare demand-paged ranges. */
#define GH_RM_CALL_VM_SET_DEMAND_PAGING GH_RM_CALL(GH_RM_RPC_VM_SET_DEMAND_PAGING, struct gh_rm_vm_set_demand_paging_req, void)
/* VM_SET_ADDRESS_LAYOUT (L24): declare the image or firmware range. */
#define GH_RM_CALL_VM_SET_ADDRESS_LAYOUT GH_RM_CALL(GH_RM_RPC_VM_SET_ADDRESS_LAYOUT, struct gh_rm_vm_set_address_layout_req, void)

/* VM_IRQ_ACCEPT: accept a lent interrupt; replies with its number in the borrower. */
#define GH_RM_CALL_VM_IRQ_ACCEPT GH_RM_CALL(GH_RM_RPC_VM_IRQ_ACCEPT, struct gh_rm_vm_irq_accept_req, struct gh_rm_vm_irq_accept_resp)
/* VM_IRQ_LEND: lend a hardware interrupt; replies with its handle. */
#define GH_RM_CALL_VM_IRQ_LEND GH_RM_CALL(GH_RM_RPC_VM_IRQ_LEND, struct gh_rm_vm_irq_lend_req, struct gh_rm_vm_irq_lend_resp)
/* VM_IRQ_RELEASE: give a lent interrupt back. */
#define GH_RM_CALL_VM_IRQ_RELEASE GH_RM_CALL(GH_RM_RPC_VM_IRQ_RELEASE, struct gh_rm_vm_irq_handle_req, void)
/* VM_IRQ_RECLAIM: take a lent interrupt back. */
#define GH_RM_CALL_VM_IRQ_RECLAIM GH_RM_CALL(GH_RM_RPC_VM_IRQ_RECLAIM, struct gh_rm_vm_irq_handle_req, void)
/* VM_IRQ_NOTIFY: have RM send an interrupt-lending notification. */
#define GH_RM_CALL_VM_IRQ_NOTIFY GH_RM_CALL(GH_RM_RPC_VM_IRQ_NOTIFY, struct gh_rm_vm_irq_notify_req, void)

/* VM_SET_STATUS: report the caller's OS and application status. */
#define GH_RM_CALL_VM_SET_STATUS GH_RM_CALL(GH_RM_RPC_VM_SET_STATUS, struct gh_rm_vm_set_status_req, void)
/* VM_CONSOLE_OPEN: open a console. */
#define GH_RM_CALL_VM_CONSOLE_OPEN GH_RM_CALL(GH_RM_RPC_VM_CONSOLE_OPEN, struct gh_rm_vm_common_vmid_req, void)
/* VM_CONSOLE_CLOSE: close a console. */
#define GH_RM_CALL_VM_CONSOLE_CLOSE GH_RM_CALL(GH_RM_RPC_VM_CONSOLE_CLOSE, struct gh_rm_vm_common_vmid_req, void)
/* VM_CONSOLE_WRITE: write characters to a console. */
#define GH_RM_CALL_VM_CONSOLE_WRITE GH_RM_CALL(GH_RM_RPC_VM_CONSOLE_WRITE, struct gh_rm_vm_console_write_req, void)
/* VM_CONSOLE_FLUSH: flush a console (a no-op in RM). */
#define GH_RM_CALL_VM_CONSOLE_FLUSH GH_RM_CALL(GH_RM_RPC_VM_CONSOLE_FLUSH, struct gh_rm_vm_common_vmid_req, void)
/* VM_EXIT: the caller exits. */
#define GH_RM_CALL_VM_EXIT GH_RM_CALL(GH_RM_RPC_VM_EXIT, struct gh_rm_vm_exit_req, void)
/* VM_SET_CRASH_MSG: store the caller's crash message. */
#define GH_RM_CALL_VM_SET_CRASH_MSG GH_RM_CALL(GH_RM_RPC_VM_SET_CRASH_MSG, struct gh_rm_vm_crash_msg, void)
/* VM_HOST_GET_TYPE: read the host type word. */
#define GH_RM_CALL_VM_HOST_GET_TYPE GH_RM_CALL(GH_RM_RPC_VM_HOST_GET_TYPE, void, struct gh_rm_vm_host_get_type_resp)
/* IPA_RESERVE: reserve address ranges; the reply is empty for FIXED_LIST requests. */
#define GH_RM_CALL_IPA_RESERVE GH_RM_CALL(GH_RM_RPC_IPA_RESERVE, struct gh_rm_ipa_reserve_req, struct gh_rm_ipa_reserve_resp)

/* NOTIF_VM_EXITED: a VM the receiver owns exited. */
#define GH_RM_NOTIF_VM_EXITED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_EXITED, struct gh_rm_vm_exited_payload)
/* NOTIF_VM_SHUTDOWN: the receiver is asked to shut down. */
#define GH_RM_NOTIF_VM_SHUTDOWN GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_SHUTDOWN, struct gh_rm_vm_shutdown_payload)
/* NOTIF_VM_STATUS: a peer's status changed. */
#define GH_RM_NOTIF_VM_STATUS GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_STATUS, struct gh_rm_vm_status_payload)
/* NOTIF_VM_IRQ_LENT: an interrupt was lent to the receiver. */
#define GH_RM_NOTIF_VM_IRQ_LENT GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_IRQ_LENT, struct gh_rm_vm_irq_lent_payload)
/* NOTIF_VM_IRQ_RELEASED: a borrower released the receiver's interrupt. */
#define GH_RM_NOTIF_VM_IRQ_RELEASED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_IRQ_RELEASED, struct gh_rm_vm_irq_owner_payload)
/* NOTIF_VM_IRQ_ACCEPTED: a borrower accepted the receiver's interrupt. */
#define GH_RM_NOTIF_VM_IRQ_ACCEPTED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_IRQ_ACCEPTED, struct gh_rm_vm_irq_owner_payload)
/* NOTIF_VM_CONSOLE_CHARS: console characters for the receiver. */
#define GH_RM_NOTIF_VM_CONSOLE_CHARS GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_VM_CONSOLE_CHARS, struct gh_rm_vm_console_chars_payload)
/* NOTIF_MEM_SHARED: a parcel was shared with or lent to the receiver. */
#define GH_RM_NOTIF_MEM_SHARED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_MEM_SHARED, struct gh_rm_mem_shared_payload)
/* NOTIF_MEM_RELEASED: a borrower released the receiver's parcel. */
#define GH_RM_NOTIF_MEM_RELEASED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_MEM_RELEASED, struct gh_rm_mem_owner_payload)
/* NOTIF_MEM_ACCEPTED: a borrower accepted the receiver's parcel. */
#define GH_RM_NOTIF_MEM_ACCEPTED GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_MEM_ACCEPTED, struct gh_rm_mem_owner_payload)
/* NOTIF_MEM_RECALL: the owner asks the receiver to release a parcel. */
#define GH_RM_NOTIF_MEM_RECALL GH_RM_NOTIFICATION(GH_RM_RPC_NOTIF_MEM_RECALL, struct gh_rm_mem_recall_payload)

#endif /* _GUNYAH_SDK_RM_RPC_H */
