/*
 * Gunyah.Sdk ABI profile "v6": the first /dev/gunyah VM manager, as posted in
 * the v6 Gunyah patch series (October 2022). Written for this SDK from the
 * facts listed in PROVENANCE.md.
 *
 * Only four ioctls exist, numbered from 0x40. There are no vCPU fds and no VM
 * functions yet; the hypervisor schedules the guest's vCPUs itself.
 */
#ifndef _GUNYAH_SDK_V6_LINUX_GUNYAH_H
#define _GUNYAH_SDK_V6_LINUX_GUNYAH_H

#include <linux/types.h>
#include <linux/ioctl.h>

/* ioctl group code of the Gunyah VM manager: the character 'G'. */
#define GH_IOCTL_TYPE 'G'

/*
 * Issued on /dev/gunyah. Creates an empty VM and returns a new VM file
 * descriptor.
 */
#define GH_CREATE_VM _IO(GH_IOCTL_TYPE, 0x40)

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
	/* Guest-physical address where the region appears in the guest. */
	__u64 guest_phys_addr;
	/* Length in bytes, a multiple of the page size; 0 deletes the region. */
	__u64 memory_size;
	/* Start of the memory in the caller's address space, page-aligned. */
	__u64 userspace_addr;
};

/*
 * Issued on a VM fd. Adds a memory region, or deletes one when memory_size
 * is 0 (deleting an unknown label still succeeds). The pages are pinned and
 * shared or lent straight away. A label already in use, or a guest range
 * that overlaps another region, fails with EEXIST.
 */
#define GH_VM_SET_USER_MEM_REGION _IOW(GH_IOCTL_TYPE, 0x41, struct gh_userspace_memory_region)

/* Where the VM's devicetree blob sits in guest memory. */
struct gh_vm_dtb_config {
	/* Guest-physical address of the devicetree blob. */
	__u64 gpa;
	/* Size of the blob in bytes; the kernel rounds it up to whole pages. */
	__u64 size;
};

/*
 * Issued on a VM fd. Records where the devicetree is. At start the whole
 * range must fall inside one memory region, or the start fails.
 */
#define GH_VM_SET_DTB_CONFIG _IOW(GH_IOCTL_TYPE, 0x42, struct gh_vm_dtb_config)

/*
 * Issued on a VM fd. Starts the VM. Does nothing once the VM has left its
 * initial state; every failure is reported as EINVAL.
 */
#define GH_VM_START _IO(GH_IOCTL_TYPE, 0x45)

#endif /* _GUNYAH_SDK_V6_LINUX_GUNYAH_H */
