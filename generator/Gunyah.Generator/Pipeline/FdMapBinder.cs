using System.Collections.Immutable;
using Gunyah.Generator.Diagnostics;
using Gunyah.Generator.Model;

namespace Gunyah.Generator.Pipeline;

/// <summary>
/// Assigns each ioctl its fd kind from the root's fd map: a step of its own after the model, so editing the
/// map re-runs only this and emission, never the C front-end. Without a map, ioctls keep no fd kind and no
/// clients are generated. With one, each bound ioctl that no rule matches is an
/// <see cref="DiagnosticIds.IoctlWithoutFdKind"/> warning and gets no client method.
/// </summary>
internal static class FdMapBinder
{
    public static BoundModelResult Bind(ModelResult result, ImmutableArray<FdMap> maps)
    {
        var mapPath = result.Request.FdMapPath;
        if (result.Model is null || mapPath is null)
        {
            return new BoundModelResult(result.Model, result.Diagnostics);
        }

        try
        {
            var map = maps.FirstOrDefault(m => string.Equals(m.Path, mapPath, StringComparison.Ordinal));
            if (map is null)
            {
                var missing = new DiagnosticInfo(
                    DiagnosticIds.FdMapError,
                    $"The fd map '{mapPath}' is not among the compilation's additional files; no typed ioctl clients are generated",
                    null);
                return new BoundModelResult(result.Model, ModelStep.Append(result.Diagnostics, missing));
            }

            var model = result.Model;
            var diagnostics = new List<DiagnosticInfo>();
            var ioctls = model.Ioctls.Select(ioctl =>
            {
                var kind = map.Match(ioctl.Name);
                if (kind is null && (ioctl.IsFromRootHeader || model.Request.EmitAllDeclarations))
                {
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticIds.IoctlWithoutFdKind,
                        $"No line of the fd map '{map.Path}' matches the ioctl '{ioctl.Name}'; it gets no typed client method",
                        ioctl.Location));
                }

                return ioctl.FdKind == kind ? ioctl : ioctl with { FdKind = kind };
            }).ToEquatableArray();
            return new BoundModelResult(model with { Ioctls = ioctls }, ModelStep.Append(result.Diagnostics, diagnostics.ToArray()));
        }
        catch (Exception exception) when (StepFailure.IsFailure(exception))
        {
            return new BoundModelResult(null, ModelStep.Append(result.Diagnostics, StepFailure.InternalError(TrackingNames.FdBoundModels, exception, result.Request.RootPath)));
        }
    }
}
