using Gunyah.Sdk.ResourceManager.Protocol;

namespace Gunyah.Sdk.Reference.ResourceManager;

/// <summary>
/// A test hook (<see cref="ReferenceRmService.FaultInjector"/>) consulted before the RM handles a call: return
/// <see cref="GhRmError.Ok"/> to let it through, or an error for the RM to answer with having done nothing (no state
/// change, no notification). Called on the RM server's thread; must not block.
/// </summary>
/// <param name="callerVmid">The VM that sent the call.</param>
/// <param name="messageId">The call's message id (<see cref="GhRmMessages"/>).</param>
public delegate GhRmError RmCallFaultInjector(ushort callerVmid, uint messageId);
