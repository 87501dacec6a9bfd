using Gunyah.Generator.CFrontEnd.Parsing;
using Gunyah.Generator.CFrontEnd.Preprocessing;
using Gunyah.Generator.Messages;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.CFrontEnd.Semantics;

/// <summary>
/// One run of the front-end over a root header: preprocess, parse declarations, then turn macros, records and
/// enums into the model.
/// </summary>
internal sealed class HeaderCompilation
{
    private readonly HeaderRequest request;
    private readonly IHeaderFileProvider files;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly CancellationToken cancellationToken;

    public HeaderCompilation(HeaderRequest request, IHeaderFileProvider files, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        this.request = request;
        this.files = files;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
    }

    public HeaderModel Run()
    {
        var preprocessed = new Preprocessor(files, request, diagnostics, cancellationToken).Run();
        cancellationToken.ThrowIfCancellationRequested();

        var scope = new DeclarationScope();
        BuiltinTypedefs.DeclareAll(scope);
        new DeclarationParser(scope, diagnostics, request.RootPath).ParseTranslationUnit(preprocessed.Tokens, cancellationToken);

        // Keys first, in declaration order, so numeric suffixes on clashing keys are deterministic.
        var keys = new RecordKeys();
        foreach (var record in scope.Records)
        {
            keys.TryGetKey(record, out _);
        }

        foreach (var enumDecl in scope.Enums)
        {
            keys.TryGetKey(enumDecl, out _);
        }

        var types = new TypeRefBuilder(keys);
        var selection = new RecordSelection(keys);
        var constants = new List<ConstantModel>();
        EnumModelBuilder.BuildAnonymousConstants(scope, keys, constants);
        var messages = new List<MessageModel>();
        var ioctls = BuildMacros(preprocessed.Macros, scope, types, selection, constants, messages);

        foreach (var record in scope.Records)
        {
            if (request.EmitAllDeclarations || record.IsFromRootHeader)
            {
                selection.Add(record);
            }
        }

        foreach (var typedef in scope.Typedefs)
        {
            if (request.EmitAllDeclarations || string.Equals(typedef.Location.File, request.RootPath, StringComparison.Ordinal))
            {
                selection.Add(typedef);
            }
        }

        foreach (var enumDecl in scope.Enums)
        {
            if (request.EmitAllDeclarations || enumDecl.IsFromRootHeader)
            {
                selection.Add(enumDecl);
            }
        }

        var structs = BuildStructs(scope, keys, types, selection);
        var enums = EnumModelBuilder.BuildEnums(scope, keys, selection.Contains);
        var validMessages = messages.Count == 0 ? messages : MessageValidation.Validate(messages, structs, diagnostics);
        return new HeaderModel(
            request,
            structs.ToEquatableArray(),
            enums.ToEquatableArray(),
            constants.ToEquatableArray(),
            ioctls.ToEquatableArray(),
            DiagnosticOrdering.SortAndDeduplicate(diagnostics),
            validMessages.ToEquatableArray());
    }

    /// <summary>
    /// Classifies every live object-like macro as a message (its expansion invokes a message annotation macro),
    /// an ioctl, a constant, or neither. Messages outside the root header are left out unless every declaration
    /// is emitted, like the records only they would need.
    /// </summary>
    private List<IoctlModel> BuildMacros(
        MacroTable macros, DeclarationScope scope, TypeRefBuilder types, RecordSelection selection, List<ConstantModel> constants, List<MessageModel> messages)
    {
        var ioctls = new List<IoctlModel>();
        var constantBuilder = new ConstantModelBuilder(scope, request.RootPath);
        var ioctlBuilder = new IoctlModelBuilder(scope, macros, types, request, diagnostics);
        var messageBuilder = request.HasMessages ? new MessageModelBuilder(scope, types, request) : null;
        var alsoWatched = messageBuilder?.WatchedMacros;
        var names = new HashSet<string>(constants.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var definition in macros.Definitions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Predefined macros (<built-in>, <command-line>) describe the compiler, not the header.
            if (definition.IsFunctionLike || definition.Body.Count == 0 || definition.Location.File.StartsWith("<", StringComparison.Ordinal))
            {
                continue;
            }

            var expansionDiagnostics = new List<DiagnosticInfo>();
            var expansion = macros.Expand(definition, request.IoctlMacroName, expansionDiagnostics, cancellationToken, constantBuilder.KnownMacros, alsoWatched);
            if (expansion.Invocations.Count > 0 && constantBuilder.KnownMacros.Count > 0)
            {
                // Ioctl and message arguments are evaluated from the full expansion: redo it without known values.
                expansionDiagnostics.Clear();
                expansion = macros.Expand(definition, request.IoctlMacroName, expansionDiagnostics, cancellationToken, null, alsoWatched);
            }

            if (messageBuilder?.FindAnnotation(expansion) is { } annotation)
            {
                var inScope = request.EmitAllDeclarations || definition.IsFromRootHeader;
                if (inScope)
                {
                    diagnostics.AddRange(expansionDiagnostics);
                    if (messageBuilder.TryBuild(definition, annotation, diagnostics) is { } message)
                    {
                        messages.Add(message);
                        foreach (var payloadType in messageBuilder.LastPayloadTypes)
                        {
                            selection.Add(payloadType);
                        }
                    }
                }

                continue;
            }

            if (expansion.Invocations.Count > 0)
            {
                diagnostics.AddRange(expansionDiagnostics);
                if (ioctlBuilder.TryBuild(definition, expansion, diagnostics) is { } ioctl)
                {
                    ioctls.Add(ioctl);
                    if (ioctlBuilder.LastArgumentType is { } argumentType && (request.EmitAllDeclarations || definition.IsFromRootHeader))
                    {
                        selection.Add(argumentType);
                    }
                }

                continue;
            }

            // A macro naming an enumerator of the same name (#define X X) adds nothing.
            if (!names.Contains(definition.Name) && constantBuilder.TryBuild(definition, expansion.Tokens) is { } constant)
            {
                constants.Add(constant);
                names.Add(constant.Name);
            }
        }

        return ioctls;
    }

    private static List<StructModel> BuildStructs(DeclarationScope scope, RecordKeys keys, TypeRefBuilder types, RecordSelection selection)
    {
        var builder = new StructModelBuilder(keys, types);
        var ordered = scope.Records.Where(selection.Contains).ToList();

        // Records outside the definition list (the built-in __kernel_fsid_t) come first: they precede the header.
        var listed = new HashSet<RecordDecl>(ordered);
        var extra = selection.Selected.Where(r => !listed.Contains(r) && selection.Contains(r));
        var structs = new List<StructModel>();
        foreach (var record in extra.Concat(ordered))
        {
            if (builder.Build(record) is { } model)
            {
                structs.Add(model);
            }
        }

        return structs;
    }
}
