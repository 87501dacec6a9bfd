/*
 * Gunyah.Sdk resource manager (RM) RPC definitions: the annotation macros
 * that tie each message id to its payload types. Written for this SDK; see
 * docs/rm-protocol.md, section "Definitions format".
 */
#ifndef _GUNYAH_SDK_RM_ANNOTATIONS_H
#define _GUNYAH_SDK_RM_ANNOTATIONS_H

/*
 * Names the payload types of RM call id: request is what the caller sends,
 * reply is what follows the u32 RM error word in a successful reply (the
 * runtime removes that word). Either may be void for an empty payload.
 *
 * The whole expression is just id: both sizeof terms are multiplied by 0.
 * They are there so that the SDK generator can read which structs belong to
 * which id, and so that gcc checks that every named type exists. Pointer
 * types keep sizeof valid for void and for structs ending in a flexible
 * array.
 */
#define GH_RM_CALL(id, request, reply) ((id) + 0 * sizeof(request *) + 0 * sizeof(reply *))

/*
 * Names the payload type of RM notification id. Like GH_RM_CALL, it
 * evaluates to id; the sizeof term only exposes the type to the generator
 * and to gcc.
 */
#define GH_RM_NOTIFICATION(id, payload) ((id) + 0 * sizeof(payload *))

#endif /* _GUNYAH_SDK_RM_ANNOTATIONS_H */
