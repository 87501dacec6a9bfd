/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: packet framing. Every
 * RM message travels as one or more hypervisor message-queue messages of
 * at most 240 bytes, each starting with the 8-byte header below. Values
 * are from the fact sheet sections 1.3-1.5 (keys RM-rpc, L23, L24).
 */
#ifndef _GUNYAH_SDK_RM_FRAMING_H
#define _GUNYAH_SDK_RM_FRAMING_H

#include <linux/types.h>

/* Protocol version carried in bits 3:0 of the first header byte. */
#define GH_RM_RPC_API_VERSION 1U
/* Header length in 32-bit words, carried in bits 7:4 of the first header byte. */
#define GH_RM_RPC_HEADER_WORDS 2U
/* The only valid first header byte: version 1 and a two-word header. Linux drops packets with any other value. */
#define GH_RM_RPC_HEADER_BYTE0 0x21U
/* Mask of the version bits in the first header byte. */
#define GH_RM_RPC_API_VERSION_MASK 0x0fU
/* Shift of the header-words field in the first header byte. */
#define GH_RM_RPC_HEADER_WORDS_SHIFT 4
/* Mask of the message type bits in the second header byte. */
#define GH_RM_RPC_MSG_TYPE_MASK 0x03U
/* Shift of the fragment-count field in the second header byte. */
#define GH_RM_RPC_FRAGMENTS_SHIFT 2
/* Mask of the fragment-count field once shifted down. */
#define GH_RM_RPC_FRAGMENTS_MASK 0x3fU

/* Size in bytes of the RPC header at the start of every packet. */
#define GH_RM_RPC_HEADER_SIZE 8U
/* Largest message-queue message, header included (RM_RPC_MESSAGE_SIZE in RM). */
#define GH_RM_RPC_MAX_MSG_SIZE 240U
/* Payload bytes one packet can carry: the largest message minus the header. */
#define GH_RM_RPC_FRAGMENT_PAYLOAD_SIZE 232U
/* Most continuation packets that may follow the first one; RM drops a header announcing more. */
#define GH_RM_RPC_MAX_CONTINUATION_FRAGMENTS 62U
/* Largest payload RM handles: 63 packets of 232 bytes (RM_RPC_MAX_MSG_SIZE). */
#define GH_RM_RPC_MAX_PAYLOAD_SIZE 14616U
/* Largest request payload the Linux driver sends (62 x 232); it rejects longer ones with E2BIG. */
#define GH_RM_RPC_LINUX_MAX_REQUEST_SIZE 14384U
/* Size of the RM error word that opens every reply payload. */
#define GH_RM_RPC_REPLY_ERROR_SIZE 4U

/* Kind of packet, in bits 1:0 of the second header byte. */
enum gh_rm_rpc_msg_type {
	/* A further piece of the message whose first packet came earlier (same seq and id). */
	GH_RM_RPC_TYPE_CONTINUATION = 0,
	/* First packet of a call from a client VM to RM. */
	GH_RM_RPC_TYPE_REQUEST = 1,
	/* First packet of RM's answer to a request; echoes its seq and id. */
	GH_RM_RPC_TYPE_REPLY = 2,
	/* First packet of an unsolicited message from RM; receivers ignore its seq. */
	GH_RM_RPC_TYPE_NOTIFICATION = 3,
};

/* The 8-byte header that starts every packet (little-endian). */
struct gh_rm_rpc_hdr {
	/* Bits 3:0 protocol version, bits 7:4 header words; always GH_RM_RPC_HEADER_BYTE0. */
	__u8 api;
	/* Bits 1:0 an enum gh_rm_rpc_msg_type value; bits 7:2 how many continuation packets follow (0-62). */
	__u8 type;
	/* Sequence number chosen by the caller; a reply carries its request's value. */
	__u16 seq;
	/* Message id (GH_RM_RPC_*); repeated in every packet of the message. */
	__u32 msg_id;
} __attribute__((packed));

#endif /* _GUNYAH_SDK_RM_FRAMING_H */
