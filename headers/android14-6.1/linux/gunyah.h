/*
 * Gunyah.Sdk ABI profile "android14-6.1": the GH_-named VM manager of the
 * Android 14 common kernel (6.1), which follows upstream v12-v14 with enum
 * constants, plus two Android-only ioctls in the 'A' group. Written for this
 * SDK from the facts listed in PROVENANCE.md.
 *
 * Memory is pinned user memory, shared with the guest (or lent through the
 * Android ioctl). Regions cannot be removed; they go when the VM is closed.
 */
#ifndef _GUNYAH_SDK_ANDROID14_LINUX_GUNYAH_H
#define _GUNYAH_SDK_ANDROID14_LINUX_GUNYAH_H

#include <linux/types.h>
#include <linux/ioctl.h>

/* ioctl group code of the Gunyah VM manager: the character 'G'. */
#define GH_IOCTL_TYPE 'G'

/*
 * Issued on /dev/gunyah with an integer argument that must be 0. Creates a
 * VM and returns a new VM file descriptor.
 */
#define GH_CREATE_VM _IO(GH_IOCTL_TYPE, 0x0)

/* Access the guest gets to a user memory region. */
enum gh_mem_flags {
	/* The guest may read the region. */
	GH_MEM_ALLOW_READ = (1U << 0),
	/* The guest may write the region. */
	GH_MEM_ALLOW_WRITE = (1U << 1),
	/* The guest may execute from the region. */
	GH_MEM_ALLOW_EXEC = (1U << 2),
};

/* Describes one range of the caller's memory to hand to the guest. */
struct gh_userspace_memory_region {
	/* Caller-chosen id of the region; unique within the VM. */
	__u32 label;
	/* enum gh_mem_flags bits; any other bit is rejected with EINVAL. */
	__u32 flags;
	/* Guest-physical address of the region, page-aligned. */
	__u64 guest_phys_addr;
	/* Length in bytes: non-zero and a multiple of the page size. */
	__u64 memory_size;
	/* Start of the memory in the caller's address space, page-aligned. */
	__u64 userspace_addr;
};

/*
 * Issued on a VM fd. Adds a region of user memory; the pages are pinned now
 * and shared with the guest when the VM starts. A size of 0 or a misaligned
 * size or address fails with EINVAL, a reused label or an overlapping guest
 * range with EEXIST, and a wrapping guest range with EOVERFLOW.
 */
#define GH_VM_SET_USER_MEM_REGION _IOW(GH_IOCTL_TYPE, 0x1, struct gh_userspace_memory_region)

/* Where the VM's devicetree blob sits in guest memory. */
struct gh_vm_dtb_config {
	/* Guest-physical address of the devicetree blob. */
	__u64 guest_phys_addr;
	/* Room for the blob in bytes, including space for the overlay the resource manager adds. */
	__u64 size;
};

/*
 * Issued on a VM fd. Records where the devicetree is. At start the whole
 * range must lie inside one memory region, or the start fails.
 */
#define GH_VM_SET_DTB_CONFIG _IOW(GH_IOCTL_TYPE, 0x2, struct gh_vm_dtb_config)

/*
 * Issued on a VM fd. Starts the VM. Calling it again returns 0 while the VM
 * runs and ENODEV once it has stopped.
 */
#define GH_VM_START _IO(GH_IOCTL_TYPE, 0x3)

/* Kinds of function that can be added to a VM. */
enum gh_fn_type {
	/* A vCPU the caller schedules; arg points to struct gh_fn_vcpu_arg. Returns a vCPU fd. */
	GH_FN_VCPU = 1,
	/* An eventfd that raises a guest doorbell; arg points to struct gh_fn_irqfd_arg. */
	GH_FN_IRQFD,
	/* An eventfd signalled on a guest MMIO write; arg points to struct gh_fn_ioeventfd_arg. */
	GH_FN_IOEVENTFD,
};

/* Largest argument, in bytes, a function accepts (limit on arg_size). */
#define GH_FN_MAX_ARG_SIZE 256

/* Argument of a GH_FN_VCPU function. */
struct gh_fn_vcpu_arg {
	/* Index of the vCPU to control. */
	__u32 id;
};

/* Flags of struct gh_fn_irqfd_arg. */
enum gh_irqfd_flags {
	/* The doorbell behaves like a level-triggered interrupt. */
	GH_IRQFD_FLAGS_LEVEL = (1U << 0),
};

/* Argument of a GH_FN_IRQFD function. */
struct gh_fn_irqfd_arg {
	/* eventfd that raises the doorbell when written. */
	__u32 fd;
	/* Label of the doorbell in the guest's devicetree. */
	__u32 label;
	/* enum gh_irqfd_flags bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 padding;
};

/* Flags of struct gh_fn_ioeventfd_arg. */
enum gh_ioeventfd_flags {
	/* Signal only when the written value equals datamatch. */
	GH_IOEVENTFD_FLAGS_DATAMATCH = (1U << 0),
};

/* Argument of a GH_FN_IOEVENTFD function. */
struct gh_fn_ioeventfd_arg {
	/* Value a write must carry when GH_IOEVENTFD_FLAGS_DATAMATCH is set. */
	__u64 datamatch;
	/* Guest-physical MMIO address to watch. */
	__u64 addr;
	/* Access width: 1, 2, 4 or 8 bytes, or 0 for any width (no datamatch). */
	__u32 len;
	/* eventfd signalled on a matching write. */
	__s32 fd;
	/* enum gh_ioeventfd_flags bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 padding;
};

/* Names a function to add to or remove from a VM. */
struct gh_fn_desc {
	/* An enum gh_fn_type value. */
	__u32 type;
	/* Size in bytes of the argument arg points to (at most GH_FN_MAX_ARG_SIZE). */
	__u32 arg_size;
	/* User pointer to the argument struct. */
	__u64 arg;
};

/*
 * Issued on a VM fd. Adds a function to the VM. A vCPU function returns its
 * new vCPU fd; other functions return 0.
 */
#define GH_VM_ADD_FUNCTION _IOW(GH_IOCTL_TYPE, 0x4, struct gh_fn_desc)
/*
 * Issued on a VM fd. Removes the function matching this description; ENOENT
 * when none matches.
 */
#define GH_VM_REMOVE_FUNCTION _IOW(GH_IOCTL_TYPE, 0x7, struct gh_fn_desc)

/* Why a VM can no longer run, reported in a status exit. */
enum gh_vm_status {
	/* The VM could not be loaded or initialised. */
	GH_VM_STATUS_LOAD_FAILED = 1,
	/* The VM asked to shut down or reset; see the exit info. */
	GH_VM_STATUS_EXITED = 2,
	/* The VM stopped for any other reason. */
	GH_VM_STATUS_CRASHED = 3,
};

/* Capacity of the reason bytes in struct gh_vm_exit_info. */
#define GH_VM_MAX_EXIT_REASON_SIZE 8U

/* How the VM exited, as reported by the resource manager. */
struct gh_vm_exit_info {
	/* Exit type code from the resource manager. */
	__u16 type;
	/* Unused. */
	__u16 padding;
	/* Number of valid bytes in reason. */
	__u32 reason_size;
	/* Exit reason bytes, passed through unchanged (little-endian). */
	__u8 reason[GH_VM_MAX_EXIT_REASON_SIZE];
};

/* Why GH_VCPU_RUN returned 0; stored in exit_reason of the run page. */
enum gh_vcpu_exit {
	/* No reason recorded. */
	GH_VCPU_EXIT_UNKNOWN,
	/* The guest made an MMIO access for user space to handle; see mmio. */
	GH_VCPU_EXIT_MMIO,
	/* The VM is no longer runnable; see status. */
	GH_VCPU_EXIT_STATUS,
};

/*
 * The vCPU run page: map the vCPU fd at offset 0, GH_VCPU_MMAP_SIZE bytes.
 * Exchanges input and exit details with GH_VCPU_RUN.
 */
struct gh_vcpu_run {
	/* Input: when non-zero, GH_VCPU_RUN returns EINTR before entering the guest. */
	__u8 immediate_exit;
	/* Unused. */
	__u8 padding[7];
	/* Output: an enum gh_vcpu_exit value. */
	__u32 exit_reason;
	union {
		/* Valid when exit_reason is GH_VCPU_EXIT_MMIO. */
		struct {
			/* Guest-physical address of the access. */
			__u64 phys_addr;
			/* Written bytes, or for a read the bytes user space supplies. */
			__u8 data[8];
			/* Width of the access in bytes (at most 8). */
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

/*
 * ioctl group code of the Android-only additions: the character 'A'. A
 * separate group keeps them from ever clashing with upstream numbers.
 */
#define GH_ANDROID_IOCTL_TYPE 'A'

/*
 * Issued on a VM fd. Same as GH_VM_SET_USER_MEM_REGION, except that the
 * memory is lent to the guest: the host loses access while the VM owns it.
 */
#define GH_VM_ANDROID_LEND_USER_MEM _IOW(GH_ANDROID_IOCTL_TYPE, 0x11, struct gh_userspace_memory_region)

/* Where the VM's firmware image sits in guest memory. */
struct gh_vm_firmware_config {
	/* Guest-physical address of the firmware. */
	__u64 guest_phys_addr;
	/* Size of the firmware area in bytes. */
	__u64 size;
};

/*
 * Issued on a VM fd. Records the firmware location and makes the VM an
 * Android protected VM (authentication type QCOM_ANDROID_PVM).
 */
#define GH_VM_ANDROID_SET_FW_CONFIG _IOW(GH_ANDROID_IOCTL_TYPE, 0x12, struct gh_vm_firmware_config)

#endif /* _GUNYAH_SDK_ANDROID14_LINUX_GUNYAH_H */
