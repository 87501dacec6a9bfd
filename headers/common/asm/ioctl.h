/*
 * Gunyah.Sdk: architecture ioctl encoding. Both architectures the SDK targets
 * (arm64 and x86-64) use the generic layout, so this only forwards to it.
 */
#ifndef _GUNYAH_SDK_ASM_IOCTL_H
#define _GUNYAH_SDK_ASM_IOCTL_H

#include <asm-generic/ioctl.h>

#endif /* _GUNYAH_SDK_ASM_IOCTL_H */
