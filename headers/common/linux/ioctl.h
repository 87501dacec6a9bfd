/*
 * Gunyah.Sdk: the header UAPI files include to get _IO, _IOR, _IOW and _IOWR.
 * It resolves to this SDK's own copy of the encoding through <asm/ioctl.h>.
 */
#ifndef _LINUX_IOCTL_H
#define _LINUX_IOCTL_H

#include <asm/ioctl.h>

#endif /* _LINUX_IOCTL_H */
