using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Gunyah.Benchmarks.Kernel;

/// <summary>
/// Puts the C baseline into the summary table: "C median" (ns/op of ioctl_loop.c, measured once by the host process
/// when the table is built, after the C# runs) and "vs C" (the row's median over it).
/// </summary>
public sealed class CBaselineConfig : ManualConfig
{
    public CBaselineConfig()
    {
        AddColumn(StatisticColumn.Median, new CBaselineColumn(ratio: false), new CBaselineColumn(ratio: true));
    }

    private sealed class CBaselineColumn(bool ratio) : IColumn
    {
        public string Id => ratio ? "CBaselineRatio" : "CBaselineMedian";

        public string ColumnName => ratio ? "vs C" : "C median";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => ratio ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => ratio ? UnitType.Dimensionless : UnitType.Time;

        public string Legend => ratio
            ? "The row's median over the C loop's median"
            : "Median ns/op of the same ioctl in a C loop (ioctl_loop.c, gcc -O2), measured in this session";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (CIoctlBaseline.InThisProcess.MedianNs is not { } c)
            {
                return "n/a";
            }

            if (!ratio)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{c:F1} ns");
            }

            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            return median is { } ns ? string.Create(CultureInfo.InvariantCulture, $"{ns / c:F3}") : "?";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
