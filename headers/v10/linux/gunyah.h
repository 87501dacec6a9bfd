/*
 * Gunyah.Sdk ABI profile "v10": the VM manager of the v10 Gunyah patch series
 * (February 2023), the first with VM functions chosen by a numeric type.
 * Written for this SDK from the facts listed in PROVENANCE.md.
 *
 * Compared with later GH_ kernels this profile still has the GH_MEM_LENT
 * flag, deletes a region when its size is 0, names the devicetree address
 * field gpa, and uses #define constants rather than enums (except for
 * enum gh_vm_status).
 */
#ifndef _GUNYAH_SDK_V10_LINUX_GUNYAH_H
#define _GUNYAH_SDK_V10_LINUX_GUNYAH_H

#include <linux/types.h>
#include <linux/ioctl.h>

/* ioctl group code of the Gunyah VM manager: the character 'G'. */
#define GH_IOCTL_TYPE 'G'

/*
 * Issued on /dev/gunyah with an integer argument that must be 0. Creates an
 * empty VM and returns a new VM file descriptor.
 */
#define GH_CREATE_VM _IO(GH_IOCTL_TYPE, 0x0)

/* Region flag: the guest may read the region. */
#define GH_MEM_ALLOW_READ (1U << 0)
/* Region flag: the guest may write the region. */
#define GH_MEM_ALLOW_WRITE (1U << 1)
/* Region flag: the guest may execute from the region. */
#define GH_MEM_ALLOW_EXEC (1U << 2)
/*
 * Region flag: lend the memory instead of sharing it. The guest gets sole
 * use of the pages and the host can no longer touch them.
 */
#define GH_MEM_LENT (1U << 3)

/*
 * Describes one range of the caller's memory to hand to the guest.
 * memory_size == 0 is a request to delete the region named by label.
 */
struct gh_userspace_memory_region {
	/* Caller-chosen id of the region; unique within the VM. */
	__u32 label;
	/* GH_MEM_* bits; any other bit is rejected with EINVAL. */
	__u32 flags;
	/* Guest-physical address of the region, page-aligned. */
	__u64 guest_phys_addr;
	/* Length in bytes, a multiple of the page size; 0 deletes the region. */
	__u64 memory_size;
	/* Start of the memory in the caller's address space, page-aligned. */
	__u64 userspace_addr;
};

/*
 * Issued on a VM fd. Adds a memory region, or deletes one when memory_size
 * is 0 (deleting an unknown label still succeeds). Size, user address and
 * guest address must be page-aligned (EINVAL). A label already in use, or a
 * guest range that overlaps another region, fails with EEXIST.
 */
#define GH_VM_SET_USER_MEM_REGION _IOW(GH_IOCTL_TYPE, 0x1, struct gh_userspace_memory_region)

/* Where the VM's devicetree blob sits in guest memory. */
struct gh_vm_dtb_config {
	/* Guest-physical address of the devicetree blob. */
	__u64 gpa;
	/* Room reserved for the blob in bytes; rounded up to whole pages. */
	__u64 size;
};

/*
 * Issued on a VM fd. Records where the devicetree is. At start the whole
 * range must fall inside one memory region, or the start fails.
 */
#define GH_VM_SET_DTB_CONFIG _IOW(GH_IOCTL_TYPE, 0x2, struct gh_vm_dtb_config)

/* Issued on a VM fd. Starts the VM; vCPU fds only work after this. */
#define GH_VM_START _IO(GH_IOCTL_TYPE, 0x3)

/*
 * Function type: a vCPU the caller schedules. Here arg_size must be 0 and
 * arg holds the vCPU id itself, not a pointer. Adding it returns a vCPU fd.
 */
#define GH_FN_VCPU 1
/*
 * Function type: an eventfd that raises a guest doorbell when signalled.
 * arg points to a struct gh_fn_irqfd_arg.
 */
#define GH_FN_IRQFD 2
/*
 * Function type: an eventfd signalled when the guest writes to an MMIO
 * address. arg points to a struct gh_fn_ioeventfd_arg.
 */
#define GH_FN_IOEVENTFD 3

/* Largest argument, in bytes, a function accepts (limit on arg_size). */
#define GH_FN_MAX_ARG_SIZE 256

/* irqfd flag: the doorbell behaves like a level-triggered interrupt. */
#define GH_IRQFD_LEVEL (1U << 0)

/* Argument of a GH_FN_IRQFD function. */
struct gh_fn_irqfd_arg {
	/* eventfd that raises the doorbell when written. */
	__u32 fd;
	/* Label of the doorbell in the guest's devicetree. */
	__u32 label;
	/* GH_IRQFD_* bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 reserved;
};

/* ioeventfd flag: signal only when the written value equals datamatch. */
#define GH_IOEVENTFD_DATAMATCH (1U << 0)

/* Argument of a GH_FN_IOEVENTFD function. */
struct gh_fn_ioeventfd_arg {
	/* Value a write must carry when GH_IOEVENTFD_DATAMATCH is set. */
	__u64 datamatch;
	/* Guest-physical MMIO address to watch. */
	__u64 addr;
	/* Access width: 1, 2, 4 or 8 bytes, or 0 for any width (no datamatch). */
	__u32 len;
	/* eventfd signalled on a matching write. */
	__s32 fd;
	/* GH_IOEVENTFD_* bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 reserved;
};

/* Names a function to add to or remove from a VM. */
struct gh_fn_desc {
	/* One of the GH_FN_* types. */
	__u32 type;
	/* Size in bytes of the argument arg points to (at most GH_FN_MAX_ARG_SIZE). */
	__u32 arg_size;
	/* User pointer to the argument, or a plain value when arg_size is 0. */
	__u64 arg;
};

/*
 * Issued on a VM fd. Adds a function to the VM. A vCPU function returns its
 * new vCPU fd; other functions return 0.
 */
#define GH_VM_ADD_FUNCTION _IOW(GH_IOCTL_TYPE, 0x4, struct gh_fn_desc)
/* Issued on a VM fd. Removes the function added with the same description. */
#define GH_VM_REMOVE_FUNCTION _IOW(GH_IOCTL_TYPE, 0x7, struct gh_fn_desc)

/* Why a VM can no longer run, reported in a status exit. */
enum gh_vm_status {
	/* The VM could not be loaded or initialised. */
	GH_VM_STATUS_LOAD_FAILED = 1,
	/* The VM asked to shut down or reset; see the exit info. */
	GH_VM_STATUS_EXITED = 2,
	/* The VM stopped for an unknown reason. */
	GH_VM_STATUS_CRASHED = 3,
};

/* Capacity of the reason bytes in struct gh_vm_exit_info. */
#define GH_VM_MAX_EXIT_REASON_SIZE 8U

/* How the VM exited, as reported by the resource manager. */
struct gh_vm_exit_info {
	/* Exit type code from the resource manager. */
	__u16 type;
	/* Unused. */
	__u16 reserved;
	/* Number of valid bytes in reason. */
	__u32 reason_size;
	/* Exit reason bytes, passed through unchanged (little-endian). */
	__u8 reason[GH_VM_MAX_EXIT_REASON_SIZE];
};

/* Exit reason: none recorded. */
#define GH_VCPU_EXIT_UNKNOWN 0
/* Exit reason: the guest made an MMIO access for user space to handle. */
#define GH_VCPU_EXIT_MMIO 1
/* Exit reason: the VM is no longer runnable; see status. */
#define GH_VCPU_EXIT_STATUS 2

/*
 * The vCPU run page: map the vCPU fd at offset 0, GH_VCPU_MMAP_SIZE bytes.
 * Exchanges input and exit details with GH_VCPU_RUN.
 */
struct gh_vcpu_run {
	/* Input: when non-zero, GH_VCPU_RUN returns EINTR before entering the guest. */
	__u8 immediate_exit;
	/* Unused. */
	__u8 padding1[7];
	/* Output: a GH_VCPU_EXIT_* value saying why GH_VCPU_RUN returned 0. */
	__u32 exit_reason;
	union {
		/* Valid when exit_reason is GH_VCPU_EXIT_MMIO. */
		struct {
			/* Guest-physical address of the access. */
			__u64 phys_addr;
			/* Written bytes, or for a read the bytes user space supplies. */
			__u8 data[8];
			/* Width of the access in bytes. */
			__u32 len;
			/* 1 for a write, 0 for a read. */
			__u8 is_write;
		} mmio;
		/* Valid when exit_reason is GH_VCPU_EXIT_STATUS. */
		struct {
			/* Why the VM stopped. */
			enum gh_vm_status status;
			/* Exit details; meaningful when status is GH_VM_STATUS_EXITED. */
			struct gh_vm_exit_info exit_info;
		} status;
	};
};

/*
 * Issued on a vCPU fd. Runs the vCPU until it needs user space; on 0 the
 * run page's exit_reason says why.
 */
#define GH_VCPU_RUN _IO(GH_IOCTL_TYPE, 0x5)
/* Issued on a vCPU fd. Returns the size of the run page to map. */
#define GH_VCPU_MMAP_SIZE _IO(GH_IOCTL_TYPE, 0x6)

#endif /* _GUNYAH_SDK_V10_LINUX_GUNYAH_H */
