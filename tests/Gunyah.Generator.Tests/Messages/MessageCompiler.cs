using Gunyah.Generator.CFrontEnd;
using Gunyah.Generator.Model;
using Gunyah.Generator.Tests.FrontEnd;

namespace Gunyah.Generator.Tests.Messages;

/// <summary>Runs the front-end over in-memory message headers with the test protocol's annotation macros.</summary>
internal static class MessageCompiler
{
    /// <summary>The annotation macros, as a header starting a test protocol.</summary>
    public const string Prelude = """
        #include <linux/types.h>
        #define TM_CALL(id, request, reply) ((id) + 0 * sizeof(request *) + 0 * sizeof(reply *))
        #define TM_NOTIFICATION(id, payload) ((id) + 0 * sizeof(payload *))
        struct tm_ok { __u32 value; } __attribute__((packed));

        """;

    public static HeaderRequest Request(bool messages = true, bool emitAll = false) => new(
        TestProtocolHeader.Path,
        TestProtocolHeader.Namespace,
        new[] { TestProtocolHeader.IncludeDirectory }.ToEquatableArray(),
        EquatableArray<string>.Empty,
        "_IOC",
        emitAll,
        null,
        messages ? ProtocolHarness.CallMacro : null,
        messages ? ProtocolHarness.NotificationMacro : null,
        4);

    public static HeaderModel Compile(string root, bool messages = true, bool emitAll = false, params (string Path, string Text)[] includes)
    {
        var files = new InMemoryHeaderFiles().Add(TestProtocolHeader.Path, root);
        foreach (var (path, text) in includes)
        {
            files.Add(path, text);
        }

        return HeaderCompiler.Compile(Request(messages, emitAll), files, CancellationToken.None);
    }

    /// <summary>Compiles <see cref="Prelude"/> plus <paramref name="body"/>.</summary>
    public static HeaderModel CompileBody(string body) => Compile(Prelude + body);
}
