using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class MacroTableTests
{
    private const string IoctlHeader = @"#define _IOC_NRSHIFT 0
#define _IOC_TYPESHIFT 8
#define _IOC_SIZESHIFT 16
#define _IOC_DIRSHIFT 30
#define _IOC_WRITE 1U
#define _IOC(dir,type,nr,size) \
	(((dir)  << _IOC_DIRSHIFT) | \
	 ((type) << _IOC_TYPESHIFT) | \
	 ((nr)   << _IOC_NRSHIFT) | \
	 ((size) << _IOC_SIZESHIFT))
#define _IOC_TYPECHECK(t) (sizeof(t))
#define _IOW(type,nr,size)	_IOC(_IOC_WRITE,(type),(nr),(_IOC_TYPECHECK(size)))
";

    [Fact]
    public void Watched_macro_invocations_are_captured_through_nested_macros()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/asm/ioctl.h", IoctlHeader);
        var run = Run("#include <asm/ioctl.h>\n#define GH_MAGIC 'G'\n/** Sets a thing. */\n#define GH_SET_FOO _IOW(GH_MAGIC, 1, struct foo)\n", files);
        run.AssertNoErrors();
        Assert.True(run.Macros.TryGet("GH_SET_FOO", out var definition));
        Assert.True(definition.IsFromRootHeader);
        Assert.Equal("Sets a thing.", definition.Doc);

        var diagnostics = new List<DiagnosticInfo>();
        var expansion = run.Macros.Expand(definition, "_IOC", diagnostics);
        Assert.Empty(diagnostics);
        var invocation = Assert.Single(expansion.Invocations);
        Assert.Equal("_IOC", invocation.MacroName);
        Assert.Equal(definition.Location, invocation.Location);
        Assert.Equal(
            new[] { "1U", "( 'G' )", "( 1 )", "( ( sizeof ( struct foo ) ) )" },
            invocation.Arguments.Select(a => Render(a)));
        Assert.Equal(
            Normalize("(((1U) << 30) | ((('G')) << 8) | (((1)) << 0) | ((((sizeof(struct foo)))) << 16))"),
            Render(expansion.Tokens));
        Assert.All(expansion.Tokens, t => Assert.Equal(definition.Location, t.Location));
    }

    [Fact]
    public void Brief_example_chain_yields_one_invocation()
    {
        var run = Run("#define _IOC(d,t,n,s) (((d)<<30)|((t)<<8)|(n)|((s)<<16))\n#define _IOW(t,n,ty) _IOC(1U,(t),(n),(sizeof(ty)))\n#define GH_X _IOW('G', 1, struct foo)\n");
        Assert.True(run.Macros.TryGet("GH_X", out var definition));
        var expansion = run.Macros.Expand(definition, "_IOC", new List<DiagnosticInfo>());
        var invocation = Assert.Single(expansion.Invocations);
        Assert.Equal(4, invocation.Arguments.Count);
        Assert.Contains("sizeof ( struct foo )", Render(invocation.Arguments[3]), StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_without_watch_and_of_plain_constants()
    {
        var run = Run("#define BASE 0x10\n#define NEXT (BASE + 1)\n#define FN(x) x\n");
        Assert.True(run.Macros.TryGet("NEXT", out var next));
        var expansion = run.Macros.Expand(next, null, new List<DiagnosticInfo>());
        Assert.Equal("( 0x10 + 1 )", Render(expansion.Tokens));
        Assert.Empty(expansion.Invocations);

        Assert.True(run.Macros.TryGet("FN", out var fn));
        Assert.Equal("FN", Render(run.Macros.Expand(fn, null, new List<DiagnosticInfo>()).Tokens));
    }

    [Fact]
    public void Definitions_are_live_ones_in_first_definition_order()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/dep.h", "#define FROM_DEP 1\n");
        var run = Run("#define A 1\n#include <dep.h>\n#define B 2\n#define C 3\n#undef B\n#undef A\n#define A 4\n", files);
        var names = run.Macros.Definitions.Where(d => d.Location.File != "<built-in>").Select(d => d.Name).ToList();
        Assert.Equal(new[] { "A", "FROM_DEP", "C" }, names);
        Assert.True(run.Macros.TryGet("A", out var a));
        Assert.Equal("4", Render(a.Body));
        Assert.Equal(new LocationInfo(RootPath, 7, 9), a.Location);
        Assert.True(a.IsFromRootHeader);
        Assert.True(run.Macros.TryGet("FROM_DEP", out var dep));
        Assert.False(dep.IsFromRootHeader);
        Assert.True(run.Macros.TryGet("__GNUC__", out var gnuc));
        Assert.False(gnuc.IsFromRootHeader);
    }

    [Fact]
    public void Definition_shape_for_function_like_and_variadic_macros()
    {
        var run = Run("#define F(a, b) a+b\n#define V(x, ...) x\n#define N(x, rest...) rest\n#define O (a)\n");
        Assert.True(run.Macros.TryGet("F", out var f));
        Assert.True(f.IsFunctionLike);
        Assert.Equal(new[] { "a", "b" }, f.Parameters);
        Assert.False(f.IsVariadic);
        Assert.True(run.Macros.TryGet("V", out var v));
        Assert.Equal(new[] { "x", "__VA_ARGS__" }, v.Parameters);
        Assert.True(v.IsVariadic);
        Assert.True(run.Macros.TryGet("N", out var n));
        Assert.Equal(new[] { "x", "rest" }, n.Parameters);
        Assert.True(n.IsVariadic);
        Assert.True(run.Macros.TryGet("O", out var o));
        Assert.False(o.IsFunctionLike);
        Assert.Equal("( a )", Render(o.Body));
    }

    [Fact]
    public void Doc_comes_from_the_comment_above_or_trailing_the_define()
    {
        const string text = @"/* For KVM_EXIT_INTERNAL_ERROR */
/* Emulate instruction failed. */
#define FIRST 1
#define SECOND 2 /* trailing doc */
#define THIRD 3

/**
 * FOURTH - block doc
 */
#define FOURTH 4 // trailing ignored when a block precedes
";
        var run = Run(text);
        string? Doc(string name) => run.Macros.TryGet(name, out var d) ? d.Doc : "missing";
        Assert.Equal("For KVM_EXIT_INTERNAL_ERROR\nEmulate instruction failed.", Doc("FIRST"));
        Assert.Equal("trailing doc", Doc("SECOND"));
        Assert.Null(Doc("THIRD"));
        Assert.Equal("FOURTH - block doc", Doc("FOURTH"));
    }
}
