/*
 * Gunyah.Sdk ABI profile "android15-6.6": the VM manager of the Android 15
 * common kernel (6.6). It mixes the two earlier lines: GUNYAH_ names and
 * layouts of the v17 series (functions, boot context, page-fault exit, the
 * MAP_MEM struct), but no GUNYAH_CREATE_GUEST_MEM; instead it keeps the
 * user memory region ioctl (number 0x1, GH_ name) and the Android 'A'
 * ioctls. Its map flag values differ from v17. Written for this SDK from
 * the facts listed in PROVENANCE.md.
 *
 * The Android ioctls 'A' 0x13, 0x15 and 0x16 exist in this kernel but their
 * argument layouts are not known; they are left out (see PROVENANCE.md).
 */
#ifndef _GUNYAH_SDK_ANDROID15_LINUX_GUNYAH_H
#define _GUNYAH_SDK_ANDROID15_LINUX_GUNYAH_H

#include <linux/types.h>
#include <linux/ioctl.h>

/* ioctl group code of the Gunyah VM manager: the character 'G'. */
#define GUNYAH_IOCTL_TYPE 'G'

/*
 * Issued on /dev/gunyah with an integer argument that must be 0. Creates a
 * VM and returns a new VM file descriptor.
 */
#define GUNYAH_CREATE_VM _IO(GUNYAH_IOCTL_TYPE, 0x0)

/* Where the VM's devicetree blob sits in guest memory. */
struct gunyah_vm_dtb_config {
	/* Guest-physical address of the devicetree blob. */
	__u64 guest_phys_addr;
	/* Room for the blob in bytes, including space for the overlay the resource manager adds. */
	__u64 size;
};

/*
 * Issued on a VM fd before start. Records where the devicetree is in guest
 * memory; only a wrapping range is rejected here (EOVERFLOW).
 */
#define GUNYAH_VM_SET_DTB_CONFIG _IOW(GUNYAH_IOCTL_TYPE, 0x2, struct gunyah_vm_dtb_config)

/*
 * Issued on a VM fd. Starts the VM. Calling it again returns 0 while the VM
 * runs and ENODEV once it has stopped.
 */
#define GUNYAH_VM_START _IO(GUNYAH_IOCTL_TYPE, 0x3)

/* Kinds of function that can be added to a VM. */
enum gunyah_fn_type {
	/* A vCPU the caller schedules; arg points to struct gunyah_fn_vcpu_arg. Returns a vCPU fd. */
	GUNYAH_FN_VCPU = 1,
	/* An eventfd that raises a guest doorbell; arg points to struct gunyah_fn_irqfd_arg. */
	GUNYAH_FN_IRQFD,
	/* An eventfd signalled on a guest MMIO write; arg points to struct gunyah_fn_ioeventfd_arg. */
	GUNYAH_FN_IOEVENTFD,
};

/* Largest argument, in bytes, a function accepts (limit on arg_size). */
#define GUNYAH_FN_MAX_ARG_SIZE 256

/* Argument of a GUNYAH_FN_VCPU function. */
struct gunyah_fn_vcpu_arg {
	/* Index of the vCPU to control. */
	__u32 id;
};

/* Flags of struct gunyah_fn_irqfd_arg. */
enum gunyah_irqfd_flags {
	/* The doorbell behaves like a level-triggered interrupt. */
	GUNYAH_IRQFD_FLAGS_LEVEL = (1U << 0),
};

/* Argument of a GUNYAH_FN_IRQFD function. */
struct gunyah_fn_irqfd_arg {
	/* eventfd that raises the doorbell when written. */
	__u32 fd;
	/* Label of the doorbell in the guest's devicetree. */
	__u32 label;
	/* enum gunyah_irqfd_flags bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 padding;
};

/* Flags of struct gunyah_fn_ioeventfd_arg. */
enum gunyah_ioeventfd_flags {
	/* Signal only when the written value equals datamatch. */
	GUNYAH_IOEVENTFD_FLAGS_DATAMATCH = (1U << 0),
};

/* Argument of a GUNYAH_FN_IOEVENTFD function. */
struct gunyah_fn_ioeventfd_arg {
	/* Value a write must carry when GUNYAH_IOEVENTFD_FLAGS_DATAMATCH is set. */
	__u64 datamatch;
	/* Guest-physical MMIO address to watch. */
	__u64 addr;
	/* Access width: 1, 2, 4 or 8 bytes, or 0 for any width (no datamatch). */
	__u32 len;
	/* eventfd signalled on a matching write. */
	__s32 fd;
	/* enum gunyah_ioeventfd_flags bits. */
	__u32 flags;
	/* Unused; keeps the struct a multiple of 8 bytes. */
	__u32 padding;
};

/* Names a function to add to or remove from a VM. */
struct gunyah_fn_desc {
	/* An enum gunyah_fn_type value. */
	__u32 type;
	/* Size in bytes of the argument arg points to (at most GUNYAH_FN_MAX_ARG_SIZE). */
	__u32 arg_size;
	/* User pointer to the argument struct. */
	__u64 arg;
};

/*
 * Issued on a VM fd. Adds a function to the VM. A vCPU function returns its
 * new vCPU fd; other functions return 0.
 */
#define GUNYAH_VM_ADD_FUNCTION _IOW(GUNYAH_IOCTL_TYPE, 0x4, struct gunyah_fn_desc)
/*
 * Issued on a VM fd. Removes the function matching this description; ENOENT
 * when none matches.
 */
#define GUNYAH_VM_REMOVE_FUNCTION _IOW(GUNYAH_IOCTL_TYPE, 0x7, struct gunyah_fn_desc)

/*
 * Memory flags. Unlike v17, the guest permission bits are the low three bits
 * (the same bits as the region flags of the GH_ kernels) and the access value
 * sits in bits 4..6 (see GUNYAH_MEM_ACCESS_MASK).
 */
enum gunyah_map_flags {
	/* The guest may read the memory. */
	GUNYAH_MEM_ALLOW_READ = (1U << 0),
	/* The guest may write the memory. */
	GUNYAH_MEM_ALLOW_WRITE = (1U << 1),
	/* The guest may execute from the memory. */
	GUNYAH_MEM_ALLOW_EXEC = (1U << 2),
	/* All three guest permissions. */
	GUNYAH_MEM_ALLOW_RWX = (GUNYAH_MEM_ALLOW_READ | GUNYAH_MEM_ALLOW_WRITE | GUNYAH_MEM_ALLOW_EXEC),
	/* Access value: let the kernel choose. */
	GUNYAH_MEM_DEFAULT_ACCESS = 0x00,
	/* Access value: lend; the host loses access once the guest uses the memory. */
	GUNYAH_MEM_FORCE_LEND = 0x10,
	/* Access value: share; the host keeps access while the guest uses it. */
	GUNYAH_MEM_FORCE_SHARE = 0x20,
	/* Remove the binding described by the other fields instead of adding one. */
	GUNYAH_MEM_UNMAP = (1U << 8),
};

/* The bits of gunyah_map_mem_args.flags that hold the access value. */
#define GUNYAH_MEM_ACCESS_MASK 0x70

/* Binds part of a guest memory file into the guest's address space. */
struct gunyah_map_mem_args {
	/* Guest-physical address where the range appears, page-aligned. */
	__u64 guest_addr;
	/* enum gunyah_map_flags: one access value plus permission bits. */
	__u32 flags;
	/* fd of the guest memory file (this profile has no ioctl that creates one). */
	__u32 guest_mem_fd;
	/* Offset of the range within the guest memory file, page-aligned. */
	__u64 offset;
	/* Length of the range in bytes, page-aligned. */
	__u64 size;
};

/*
 * Issued on a VM fd. Binds (or with GUNYAH_MEM_UNMAP unbinds) a range of a
 * guest memory file at a guest address. Layout as in v17, flag values as
 * above.
 */
#define GUNYAH_VM_MAP_MEM _IOW(GUNYAH_IOCTL_TYPE, 0x9, struct gunyah_map_mem_args)

/* Register sets a boot-context register id can name. */
enum gunyah_vm_boot_context_reg {
	/* General-purpose registers; index is the register number (0..31 accepted). */
	REG_SET_X = 0,
	/* The program counter; index must be 0. */
	REG_SET_PC = 1,
	/* Stack pointers; index 0..2 accepted. */
	REG_SET_SP = 2,
};

/* Bit position of the register set within a boot-context register id. */
#define GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT 8
/* Builds a boot-context register id from a register set and an index. */
#define GUNYAH_VM_BOOT_CONTEXT_REG(reg, idx) ((((reg) & 0xff) << GUNYAH_VM_BOOT_CONTEXT_REG_SHIFT) | ((idx) & 0xff))

/* One initial register value for the VM's boot vCPU. */
struct gunyah_vm_boot_context {
	/* Register id made with GUNYAH_VM_BOOT_CONTEXT_REG. */
	__u32 reg;
	/* Unused; aligns value. */
	__u32 reserved;
	/* Value the register holds when the VM starts. */
	__u64 value;
};

/*
 * Issued on a VM fd before start. Sets one initial register; an unknown
 * register id, or a call after start, fails with EINVAL.
 */
#define GUNYAH_VM_SET_BOOT_CONTEXT _IOW(GUNYAH_IOCTL_TYPE, 0xa, struct gunyah_vm_boot_context)

/* Why a VM can no longer run, reported in a status exit. */
enum gunyah_vm_status {
	/* The VM could not be loaded or initialised. */
	GUNYAH_VM_STATUS_LOAD_FAILED = 1,
	/* The VM asked to shut down or reset; see the exit info. */
	GUNYAH_VM_STATUS_EXITED = 2,
	/* The VM stopped for any other reason. */
	GUNYAH_VM_STATUS_CRASHED = 3,
};

/* Capacity of the reason bytes in struct gunyah_vm_exit_info. */
#define GUNYAH_VM_MAX_EXIT_REASON_SIZE 8U

/* How the VM exited, as reported by the resource manager. */
struct gunyah_vm_exit_info {
	/* Exit type code from the resource manager. */
	__u16 type;
	/* Unused. */
	__u16 padding;
	/* Number of valid bytes in reason. */
	__u32 reason_size;
	/* Exit reason bytes, passed through unchanged (little-endian). */
	__u8 reason[GUNYAH_VM_MAX_EXIT_REASON_SIZE];
};

/* Why GUNYAH_VCPU_RUN returned 0; stored in exit_reason of the run page. */
enum gunyah_vcpu_exit {
	/* No reason recorded. */
	GUNYAH_VCPU_EXIT_UNKNOWN,
	/* The guest made an MMIO access for user space to handle; see mmio. */
	GUNYAH_VCPU_EXIT_MMIO,
	/* The VM is no longer runnable; see status. */
	GUNYAH_VCPU_EXIT_STATUS,
	/* The guest touched an address the kernel could not back; see page_fault. */
	GUNYAH_VCPU_EXIT_PAGE_FAULT,
};

/* What the kernel does with an MMIO exit on the next GUNYAH_VCPU_RUN. */
enum gunyah_vcpu_resume_action {
	/* User space handled the access; for a read, data holds the result. */
	GUNYAH_VCPU_RESUME_HANDLED = 0,
	/* The access failed; inject an abort into the guest. */
	GUNYAH_VCPU_RESUME_FAULT,
	/* Try demand paging again, then re-run the faulting instruction. */
	GUNYAH_VCPU_RESUME_RETRY,
};

/*
 * The vCPU run page: map the vCPU fd at offset 0, GUNYAH_VCPU_MMAP_SIZE
 * bytes. Exchanges input and exit details with GUNYAH_VCPU_RUN.
 */
struct gunyah_vcpu_run {
	/* Input: when non-zero, GUNYAH_VCPU_RUN returns EINTR before entering the guest. */
	__u8 immediate_exit;
	/* Unused. */
	__u8 padding[7];
	/* Output: an enum gunyah_vcpu_exit value. */
	__u32 exit_reason;
	union {
		/* Valid when exit_reason is GUNYAH_VCPU_EXIT_MMIO. */
		struct {
			/* Guest-physical address of the access. */
			__u64 phys_addr;
			/* Written bytes, or for a read the bytes user space supplies. */
			__u8 data[8];
			/* Width of the access in bytes (at most 8). */
			__u32 len;
			/* 1 for a write, 0 for a read. */
			__u8 is_write;
			/* enum gunyah_vcpu_resume_action, preset to HANDLED; other values make the next run fail with EINVAL. */
			__u8 resume_action;
		} mmio;
		/* Valid when exit_reason is GUNYAH_VCPU_EXIT_STATUS. */
		struct {
			/* Why the VM stopped. */
			enum gunyah_vm_status status;
			/* Exit details; meaningful when status is GUNYAH_VM_STATUS_EXITED. */
			struct gunyah_vm_exit_info exit_info;
		} status;
		/* Valid when exit_reason is GUNYAH_VCPU_EXIT_PAGE_FAULT. */
		struct {
			/* Guest-physical address the guest touched. */
			__u64 phys_addr;
			/* Negative errno of the kernel's own attempt (ENOENT: nothing bound, EPERM: no write access). */
			__s32 attempt;
			/* enum gunyah_vcpu_resume_action, preset to FAULT. */
			__u8 resume_action;
		} page_fault;
	};
};

/*
 * Issued on a vCPU fd. Runs the vCPU until it needs user space; on 0 the
 * run page's exit_reason says why.
 */
#define GUNYAH_VCPU_RUN _IO(GUNYAH_IOCTL_TYPE, 0x5)
/* Issued on a vCPU fd. Returns the size of the run page to map. */
#define GUNYAH_VCPU_MMAP_SIZE _IO(GUNYAH_IOCTL_TYPE, 0x6)

/* Describes one range of the caller's memory to hand to the guest. */
struct gunyah_userspace_memory_region {
	/* Caller-chosen id of the region; unique within the VM. */
	__u32 label;
	/* Guest permissions: GUNYAH_MEM_ALLOW_READ, _WRITE, _EXEC; other bits give EINVAL. */
	__u32 flags;
	/* Guest-physical address of the region, page-aligned. */
	__u64 guest_phys_addr;
	/* Length in bytes, a multiple of the page size. */
	__u64 memory_size;
	/* Start of the memory in the caller's address space, page-aligned. */
	__u64 userspace_addr;
};

/*
 * Issued on a VM fd by the process that created the VM (else EPERM). Adds a
 * region of the caller's memory, shared with the guest. Kept from the GH_
 * kernels under its old name and number.
 */
#define GH_VM_SET_USER_MEM_REGION _IOW(GUNYAH_IOCTL_TYPE, 0x1, struct gunyah_userspace_memory_region)

/*
 * ioctl group code of the Android-only additions: the character 'A'. A
 * separate group keeps them from ever clashing with upstream numbers.
 */
#define GH_ANDROID_IOCTL_TYPE 'A'

/*
 * Issued on a VM fd. Same as GH_VM_SET_USER_MEM_REGION, except that the
 * memory is lent to the guest: the host loses access while the VM owns it.
 */
#define GH_VM_ANDROID_LEND_USER_MEM _IOW(GH_ANDROID_IOCTL_TYPE, 0x11, struct gunyah_userspace_memory_region)

/* Where the VM's firmware image sits in guest memory. */
struct gunyah_vm_firmware_config {
	/* Guest-physical address of the firmware. */
	__u64 guest_phys_addr;
	/* Size of the firmware area in bytes. */
	__u64 size;
};

/*
 * Issued on a VM fd. Records the firmware location (EOVERFLOW if the range
 * wraps) and, unless an authentication type was already chosen, makes the VM
 * an Android protected VM (QCOM_ANDROID_PVM).
 */
#define GH_VM_ANDROID_SET_FW_CONFIG _IOW(GH_ANDROID_IOCTL_TYPE, 0x12, struct gunyah_vm_firmware_config)

#endif /* _GUNYAH_SDK_ANDROID15_LINUX_GUNYAH_H */
