using Gunyah.SampleVmm;
using Gunyah.Sdk.Reference.Engine;

// On the reference target each vCPU runs real A64 guest code in the reference's interpreter.
return await SampleVmmCommand.InvokeAsync(args, Console.Out, Console.Error, static (_, index) => new A64VcpuEngine((int)index));
