using Gunyah.Generator.Model;
using static Gunyah.Generator.Tests.FrontEnd.Preprocessing.PreprocessorHarness;

namespace Gunyah.Generator.Tests.FrontEnd.Preprocessing;

public class IncludeTests
{
    [Fact]
    public void Quoted_includes_look_next_to_the_includer_first_then_in_include_directories()
    {
        var files = new InMemoryHeaderFiles()
            .Add("/src/local.h", "local_src")
            .Add("/inc/local.h", "local_inc")
            .Add("/inc/only_inc.h", "only_inc")
            .Add("/src/sub/nested.h", "#include \"../sibling.h\"\n#include \"deeper.h\"")
            .Add("/src/sibling.h", "sibling")
            .Add("/inc/deeper.h", "deeper_from_inc");
        var run = Run("#include \"local.h\"\n#include \"only_inc.h\"\n#include \"sub/nested.h\"", files);
        run.AssertOutput("local_src only_inc sibling deeper_from_inc");
        run.AssertNoErrors();
    }

    [Fact]
    public void Angle_includes_use_include_directories_in_order()
    {
        var files = new InMemoryHeaderFiles()
            .Add("/src/local.h", "wrong")
            .Add("/first/x/local.h", "first")
            .Add("/second/x/local.h", "second")
            .Add("/second/y.h", "y");
        var run = Run("#include <x/local.h>\n#include <y.h>", files, includeDirectories: new[] { "/first", "/second/" });
        run.AssertOutput("first y");
        Assert.Contains("/first/x/local.h", files.Requests);
        Assert.DoesNotContain("/src/x/local.h", files.Requests);
    }

    [Fact]
    public void Paths_are_normalized_and_backslashes_accepted()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/a/b.h", "b");
        var run = Run("#include \"..\\inc\\a\\.\\b.h\"\n#include <./a/../a/b.h>", files, includeDirectories: new[] { "/inc/./" });
        run.AssertOutput("b b");
    }

    [Fact]
    public void Unresolved_include_is_reported_at_the_header_name()
    {
        var run = Run("a\n#include <missing/header.h>\nb");
        run.AssertOutput("a b");
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GHGEN004", diagnostic.Id);
        Assert.Contains("missing/header.h", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new LocationInfo(RootPath, 2, 10), diagnostic.Location);
    }

    [Fact]
    public void Linux_types_is_built_in_unless_provided()
    {
        var run = Run("#include <linux/types.h>\nx");
        run.AssertOutput("x");
        Assert.Empty(run.Diagnostics);

        var files = new InMemoryHeaderFiles().Add("/inc/linux/types.h", "provided");
        Run("#include <linux/types.h>\nx", files).AssertOutput("provided x");
    }

    [Fact]
    public void Include_guards_and_pragma_once_prevent_reprocessing()
    {
        var files = new InMemoryHeaderFiles()
            .Add("/inc/guarded.h", "#ifndef GUARDED_H\n#define GUARDED_H\nguarded\n#endif")
            .Add("/inc/once.h", "#pragma once\nonce")
            .Add("/inc/plain.h", "plain");
        var run = Run("#include <guarded.h>\n#include <once.h>\n#include <plain.h>\n#include <guarded.h>\n#include <once.h>\n#include <plain.h>", files);
        run.AssertOutput("guarded once plain plain");
    }

    [Fact]
    public void Macro_expanded_include_names()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/arch/x86.h", "x86").Add("/src/q.h", "q");
        var run = Run("#define ARCH_HEADER <arch/x86.h>\n#define Q \"q.h\"\n#include ARCH_HEADER\n#include Q", files);
        run.AssertOutput("x86 q");
    }

    [Fact]
    public void Include_next_continues_after_the_directory_of_the_current_file()
    {
        var files = new InMemoryHeaderFiles()
            .Add("/a/h.h", "a\n#include_next <h.h>")
            .Add("/b/h.h", "b");
        var run = Run("#include <h.h>", files, includeDirectories: new[] { "/a", "/b" });
        run.AssertOutput("a b");
    }

    [Fact]
    public void Has_include_checks_resolution()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/there.h", string.Empty);
        var run = Run("#if __has_include(<there.h>) && !__has_include(\"nowhere.h\") && __has_include(<linux/types.h>)\nyes\n#endif", files);
        run.AssertOutput("yes");
    }

    [Fact]
    public void Recursive_include_stops_at_the_depth_limit()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/self.h", "x\n#include <self.h>");
        var run = Run("#include <self.h>", files);
        Assert.Equal(199, run.Tokens.Count);
        Assert.Contains("nested", Assert.Single(run.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_depth_overflow_is_fatal_so_the_levels_are_not_unwound_and_reread()
    {
        // Each level would otherwise go on after its #include: 199 more copies of "after" (gcc stops too).
        var files = new InMemoryHeaderFiles().Add("/inc/self.h", "x\n#include <self.h>\nafter");
        var run = Run("#include <self.h>\nroot_tail", files);
        Assert.Equal(199, run.Tokens.Count);
        Assert.DoesNotContain(run.Tokens, t => t.Text is "after" or "root_tail");
        Assert.Equal("GHGEN006", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void Unterminated_conditional_is_reported_per_file()
    {
        var files = new InMemoryHeaderFiles().Add("/inc/open.h", "#ifdef X\n");
        var run = Run("#include <open.h>\nafter", files);
        run.AssertOutput("after");
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GHGEN006", diagnostic.Id);
        Assert.Equal("/inc/open.h", diagnostic.Location!.Value.File);
    }

    [Fact]
    public void Missing_root_header_is_reported()
    {
        var run = Run(new InMemoryHeaderFiles(), "/nope.h", null, null);
        Assert.Empty(run.Tokens);
        Assert.Equal("GHGEN008", Assert.Single(run.Diagnostics).Id);
    }
}
