/*
 * Gunyah.Sdk ABI profile "v6": arm64 register ids, from the arm64 UAPI header
 * the v6 series added beside linux/gunyah.h. No v6 ioctl takes these ids;
 * they are kept so the profile is complete.
 *
 * An id is a class in bits 16 and up, plus an index in the low bits.
 */
#ifndef _GUNYAH_SDK_V6_ASM_GUNYAH_H
#define _GUNYAH_SDK_V6_ASM_GUNYAH_H

/* Register class of the general-purpose registers X0..X30. */
#define GH_REG_GENERAL 0x10000
/* Bits of a general-purpose register id that hold the register number. */
#define GH_REG_X_MASK 0x1f
/* Register class of the special registers (PC, SP_EL1). */
#define GH_REG_SPECIAL 0x20000

/* Id of general-purpose register Xn; n is cut down to its low five bits. */
#define GH_REG_X(n) (GH_REG_GENERAL | ((n) & GH_REG_X_MASK))
/* Id of the program counter: the first special register. */
#define GH_REG_PC (GH_REG_SPECIAL)
/* Id of the EL1 stack pointer: the second special register. */
#define GH_REG_SP_EL1 (GH_REG_SPECIAL + 1)

#endif /* _GUNYAH_SDK_V6_ASM_GUNYAH_H */
