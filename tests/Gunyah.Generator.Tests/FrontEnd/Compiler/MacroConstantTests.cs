using Gunyah.Generator.Model;

namespace Gunyah.Generator.Tests.FrontEnd.Compiler;

/// <summary>Macros built on macros whose values are already known (and so left unexpanded) still evaluate as gcc does.</summary>
public class MacroConstantTests
{
    [Fact]
    public void Known_macro_values_reach_type_names_inside_a_constant()
    {
        var model = CompilerHarness.Compile("""
            #include <linux/ioctl.h>
            #define GH_LEN (16)
            #define GH_BUF_SIZE sizeof(char[GH_LEN])
            #define GH_BUF_END (sizeof(__u32[GH_LEN]) + 1)
            #define GH_GET_BUF _IOR('G', 1, char[GH_LEN])
            """);

        // gcc 12.2: sizeof(char[16]) == 16, sizeof(__u32[16]) + 1 == 65 (unsigned long).
        var constants = model.Constants.ToDictionary(c => c.Name);
        Assert.Equal((PrimitiveKind.ULong, 16UL), (constants["GH_BUF_SIZE"].IntegerType, constants["GH_BUF_SIZE"].Bits));
        Assert.Equal((PrimitiveKind.ULong, 65UL), (constants["GH_BUF_END"].IntegerType, constants["GH_BUF_END"].Bits));
        var ioctl = Assert.Single(model.Ioctls);
        Assert.Equal((0x80104701u, 16u), (ioctl.Request, ioctl.Size));
        Assert.Empty(CompilerHarness.Problems(model));
    }
}
