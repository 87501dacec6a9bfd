/*
 * Gunyah.Sdk: the generic Linux ioctl request encoding, written for this SDK.
 *
 * A request number packs four fields into 32 bits, lowest bits first:
 *
 *   bits  0..7   nr    command number within its group
 *   bits  8..15  type  group ("magic") code, usually a character
 *   bits 16..29  size  byte size of the argument the command passes
 *   bits 30..31  dir   transfer direction, seen from user space
 *
 * arm64 and x86-64 both use this generic layout. Architectures with other
 * field widths (powerpc, mips, sparc, alpha) are not covered by this SDK.
 */
#ifndef _ASM_GENERIC_IOCTL_H
#define _ASM_GENERIC_IOCTL_H

/* Width in bits of the command-number field. */
#define _IOC_NRBITS 8
/* Width in bits of the group (magic) field. */
#define _IOC_TYPEBITS 8
/* Width in bits of the argument-size field. */
#define _IOC_SIZEBITS 14
/* Width in bits of the direction field. */
#define _IOC_DIRBITS 2

/* Mask for the command-number field once shifted down to bit 0. */
#define _IOC_NRMASK ((1 << _IOC_NRBITS) - 1)
/* Mask for the group field once shifted down to bit 0. */
#define _IOC_TYPEMASK ((1 << _IOC_TYPEBITS) - 1)
/* Mask for the size field once shifted down to bit 0. */
#define _IOC_SIZEMASK ((1 << _IOC_SIZEBITS) - 1)
/* Mask for the direction field once shifted down to bit 0. */
#define _IOC_DIRMASK ((1 << _IOC_DIRBITS) - 1)

/* Bit position of the command-number field. */
#define _IOC_NRSHIFT 0
/* Bit position of the group field: just above the command number. */
#define _IOC_TYPESHIFT (_IOC_NRSHIFT + _IOC_NRBITS)
/* Bit position of the size field: just above the group. */
#define _IOC_SIZESHIFT (_IOC_TYPESHIFT + _IOC_TYPEBITS)
/* Bit position of the direction field: the top bits. */
#define _IOC_DIRSHIFT (_IOC_SIZESHIFT + _IOC_SIZEBITS)

/* Direction: no argument is copied in either direction. */
#define _IOC_NONE 0U
/* Direction: the kernel reads the argument from user memory. */
#define _IOC_WRITE 1U
/* Direction: the kernel writes the argument to user memory. */
#define _IOC_READ 2U

/* Builds a request number from its four fields. */
#define _IOC(dir, type, nr, size) \
	(((dir) << _IOC_DIRSHIFT) | \
	 ((type) << _IOC_TYPESHIFT) | \
	 ((nr) << _IOC_NRSHIFT) | \
	 ((size) << _IOC_SIZESHIFT))

/* The size field of a request that passes an argument of type t. */
#define _IOC_TYPECHECK(t) (sizeof(t))

/* A request that passes no argument. */
#define _IO(type, nr) _IOC(_IOC_NONE, (type), (nr), 0)
/* A request whose argument of type argtype is filled in by the kernel. */
#define _IOR(type, nr, argtype) _IOC(_IOC_READ, (type), (nr), (_IOC_TYPECHECK(argtype)))
/* A request whose argument of type argtype is read by the kernel. */
#define _IOW(type, nr, argtype) _IOC(_IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(argtype)))
/* A request whose argument of type argtype is read and then written back. */
#define _IOWR(type, nr, argtype) _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(argtype)))
/* Like _IOR, for old requests whose size operand is not a plain type. */
#define _IOR_BAD(type, nr, argtype) _IOC(_IOC_READ, (type), (nr), sizeof(argtype))
/* Like _IOW, for old requests whose size operand is not a plain type. */
#define _IOW_BAD(type, nr, argtype) _IOC(_IOC_WRITE, (type), (nr), sizeof(argtype))
/* Like _IOWR, for old requests whose size operand is not a plain type. */
#define _IOWR_BAD(type, nr, argtype) _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), sizeof(argtype))

/* Extracts the direction field of a request number. */
#define _IOC_DIR(req) (((req) >> _IOC_DIRSHIFT) & _IOC_DIRMASK)
/* Extracts the group (magic) field of a request number. */
#define _IOC_TYPE(req) (((req) >> _IOC_TYPESHIFT) & _IOC_TYPEMASK)
/* Extracts the command-number field of a request number. */
#define _IOC_NR(req) (((req) >> _IOC_NRSHIFT) & _IOC_NRMASK)
/* Extracts the argument-size field of a request number. */
#define _IOC_SIZE(req) (((req) >> _IOC_SIZESHIFT) & _IOC_SIZEMASK)

/* The direction field of a write request, already in place. */
#define IOC_IN (_IOC_WRITE << _IOC_DIRSHIFT)
/* The direction field of a read request, already in place. */
#define IOC_OUT (_IOC_READ << _IOC_DIRSHIFT)
/* The direction field of a read-write request, already in place. */
#define IOC_INOUT ((_IOC_WRITE | _IOC_READ) << _IOC_DIRSHIFT)
/* The size field of a request number, in place (not shifted down). */
#define IOCSIZE_MASK (_IOC_SIZEMASK << _IOC_SIZESHIFT)
/* Bit position of the size field (same as _IOC_SIZESHIFT). */
#define IOCSIZE_SHIFT (_IOC_SIZESHIFT)

#endif /* _ASM_GENERIC_IOCTL_H */
