using System.Runtime.InteropServices;
using Gunyah.Sdk.Reference.Hypervisor;

namespace Gunyah.Sdk.Reference.Tests.Hypervisor;

/// <summary>
/// Memory isolation as a property: fixed-seed random sequences of VM, extent, map, lend, share, reclaim, donate
/// and destroy operations. After every step the hypervisor's invariant walk must find nothing, its stage 2 must
/// equal an independent model's, and random guest accesses must succeed exactly when the model allows them.
/// </summary>
public sealed unsafe class MemoryIsolationPropertyTests : IDisposable
{
    private const int PhysicalPages = 48;
    private const int IpaPages = 24;
    private const ulong Page = ReferenceHypervisor.PageSize;
    private static readonly ushort[] Vmids = [3, 0x80, 0x81, 0x82, 0x83];

    private readonly byte* memory = (byte*)NativeMemory.AlignedAlloc(PhysicalPages * (nuint)Page, (nuint)Page);

    public void Dispose() => NativeMemory.AlignedFree(memory);

    [Theory]
    [InlineData(1, 2500)]
    [InlineData(2, 2500)]
    [InlineData(3, 2500)]
    [InlineData(4, 2500)]
    public void Random_sequences_keep_every_VM_inside_its_rights(int seed, int steps)
    {
        var run = new Run(new Random(seed), (ulong)memory);
        for (var step = 0; step < steps; step++)
            run.Step(step);
        Assert.True(run.SuccessfulAccesses > steps / 4, $"only {run.SuccessfulAccesses} accesses succeeded: the test would prove little");
        Assert.True(run.RefusedAccesses > steps / 4, $"only {run.RefusedAccesses} accesses were refused");
        Assert.Equal(0, run.Hypervisor.InvariantViolations);
    }

    /// <summary>The model: who owns which page, extents and their state, and what each VM's stage 2 should hold.</summary>
    private sealed class Run(Random random, ulong physicalBase)
    {
        private readonly Dictionary<ushort, HypervisorVm> live = [];
        private readonly Dictionary<ushort, TranslationCache> caches = [];
        private readonly Dictionary<ulong, ushort> pageOwner = [];
        private readonly List<ModelExtent> extents = [];
        private readonly Dictionary<(ushort Vm, ulong Ipa), (ulong Phys, MemoryAccess Access, ModelExtent Extent)> stage2 = [];

        public ReferenceHypervisor Hypervisor { get; } = new();

        public int SuccessfulAccesses { get; private set; }

        public int RefusedAccesses { get; private set; }

        public void Step(int step)
        {
            var operation = random.Next(100);
            var context = $"step {step}, operation {operation}";
            if (operation < 6) CreateVm();
            else if (operation < 9) DestroyVm();
            else if (operation < 17) AddMemory();
            else if (operation < 27) CreateExtent();
            else if (operation < 30) DestroyExtent();
            else if (operation < 55) Map();
            else if (operation < 63) Unmap();
            else if (operation < 68) UpdateAccess();
            else if (operation < 78) Give(lend: random.Next(2) == 0);
            else if (operation < 88) Reclaim();
            else Donate();

            Assert.True(Hypervisor.VerifyInvariants().Count == 0, $"{context}: {string.Join("; ", Hypervisor.VerifyInvariants())}");
            CompareStage2(context);
            for (var i = 0; i < 3; i++)
                Access(context);
        }

        private void CreateVm()
        {
            var vmid = Vmids[random.Next(Vmids.Length)];
            var error = Hypervisor.CreateVm(vmid, out var vm);
            Assert.Equal(live.ContainsKey(vmid) ? HypError.ArgumentInvalid : HypError.Ok, error);
            if (error == HypError.Ok)
                live.Add(vmid, vm!);
        }

        private void DestroyVm()
        {
            if (Pick(live.Keys.Where(v => v != 3)) is not { } vmid)
                return;
            Assert.Equal(HypError.Ok, Hypervisor.DestroyVm(live[vmid]));
            live.Remove(vmid);
            foreach (var key in stage2.Keys.Where(k => k.Vm == vmid).ToArray())
                stage2.Remove(key);
            foreach (var extent in extents.ToArray())
            {
                if (extent.Owner == vmid)
                {
                    RemoveMappingsOf(extent, _ => true);
                    extents.Remove(extent);
                }
                else
                {
                    extent.Borrowers.Remove(vmid);
                }
            }

            foreach (var page in pageOwner.Where(p => p.Value == vmid).Select(p => p.Key).ToArray())
                pageOwner.Remove(page);
        }

        private void AddMemory()
        {
            if (Pick(live.Keys) is not { } vmid)
                return;
            var page = physicalBase + (ulong)random.Next(PhysicalPages) * Page;
            var count = (ulong)random.Next(1, 4);
            var fits = page + count * Page <= physicalBase + PhysicalPages * Page;
            if (!fits)
                return;
            var free = Range(page, count).All(p => !pageOwner.ContainsKey(p));
            Assert.Equal(free, Hypervisor.AddPhysicalMemory(live[vmid], page, count * Page) == HypError.Ok);
            if (free)
            {
                foreach (var p in Range(page, count))
                    pageOwner[p] = vmid;
            }
        }

        private void CreateExtent()
        {
            if (Pick(live.Keys) is not { } vmid || Pick(pageOwner.Keys) is not { } page)
                return;
            var count = (ulong)random.Next(1, 4);
            var ok = Range(page, count).All(p => pageOwner.GetValueOrDefault(p) == vmid && ExtentOf(p) is null);
            var error = Hypervisor.CreateMemoryExtent(live[vmid], page, count * Page, out var extent);
            Assert.Equal(ok, error == HypError.Ok);
            if (ok)
                extents.Add(new ModelExtent(extent!, page, count, vmid));
        }

        private void DestroyExtent()
        {
            if (Pick(extents) is not { } extent)
                return;
            var ok = extent.State == MemoryExtentState.Private;
            Assert.Equal(ok, Hypervisor.DestroyMemoryExtent(extent.Handle) == HypError.Ok);
            if (ok)
            {
                RemoveMappingsOf(extent, _ => true);
                extents.Remove(extent);
            }
        }

        private void Map()
        {
            if (Pick(live.Keys) is not { } vmid || Pick(extents) is not { } extent)
                return;
            var offset = (ulong)random.Next((int)extent.Pages);
            var count = (ulong)random.Next(1, (int)(extent.Pages - offset) + 1);
            var ipa = (ulong)random.Next(IpaPages) * Page;
            var access = (MemoryAccess)random.Next(1, 8);
            var ok = (access & ~Allowed(vmid, extent)) == 0 && Allowed(vmid, extent) != MemoryAccess.None
                && Range(ipa, count).All(i => !stage2.ContainsKey((vmid, i)));
            Assert.Equal(ok, Hypervisor.Map(live[vmid], ipa, extent.Handle, offset * Page, count * Page, access) == HypError.Ok);
            if (ok)
            {
                for (ulong i = 0; i < count; i++)
                    stage2[(vmid, ipa + i * Page)] = (extent.Base + (offset + i) * Page, access, extent);
            }
        }

        private void Unmap()
        {
            if (Pick(live.Keys) is not { } vmid)
                return;
            var ipa = (ulong)random.Next(IpaPages) * Page;
            var count = (ulong)random.Next(1, 3);
            var ok = Range(ipa, count).All(i => stage2.ContainsKey((vmid, i)));
            Assert.Equal(ok, Hypervisor.Unmap(live[vmid], ipa, count * Page) == HypError.Ok);
            if (ok)
            {
                foreach (var i in Range(ipa, count))
                    stage2.Remove((vmid, i));
            }
        }

        private void UpdateAccess()
        {
            if (Pick(stage2.Keys) is not { } key)
                return;
            var access = (MemoryAccess)random.Next(0, 8);
            var entry = stage2[key];
            var ok = (access & ~Allowed(key.Vm, entry.Extent)) == 0;
            Assert.Equal(ok, Hypervisor.UpdateAccess(live[key.Vm], key.Ipa, Page, access) == HypError.Ok);
            if (ok)
                stage2[key] = entry with { Access = access };
        }

        private void Give(bool lend)
        {
            if (Pick(extents) is not { } extent)
                return;
            var others = live.Keys.Where(v => v != extent.Owner).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray();
            var grants = others.Select(v => new MemoryGrant(live[v], (MemoryAccess)random.Next(1, 8))).ToArray();
            var ok = extent.State == MemoryExtentState.Private;
            var error = lend ? Hypervisor.Lend(extent.Handle, grants) : Hypervisor.Share(extent.Handle, grants);
            Assert.Equal(ok, error == HypError.Ok);
            if (!ok)
                return;
            foreach (var grant in grants)
                extent.Borrowers[grant.Vm.Vmid] = grant.Access;
            extent.State = lend ? MemoryExtentState.Lent : MemoryExtentState.Shared;
            if (lend)
            {
                foreach (var (key, entry) in stage2.Where(e => e.Value.Extent == extent).ToArray())
                {
                    extent.Withdrawn.Add((key.Ipa, entry.Phys, entry.Access));
                    stage2.Remove(key);
                }
            }
        }

        private void Reclaim()
        {
            if (Pick(extents) is not { } extent)
                return;
            var ok = extent.State != MemoryExtentState.Private;
            Assert.Equal(ok, Hypervisor.Reclaim(extent.Handle) == HypError.Ok);
            if (!ok)
                return;
            RemoveMappingsOf(extent, vm => vm != extent.Owner);
            extent.Borrowers.Clear();
            extent.State = MemoryExtentState.Private;
            foreach (var (ipa, phys, access) in extent.Withdrawn)
                stage2.TryAdd((extent.Owner, ipa), (phys, access, extent));
            extent.Withdrawn.Clear();
        }

        private void Donate()
        {
            if (Pick(extents) is not { } extent || Pick(live.Keys) is not { } to)
                return;
            var ok = extent.State == MemoryExtentState.Private;
            Assert.Equal(ok, Hypervisor.Donate(extent.Handle, live[extent.Owner], live[to]) == HypError.Ok);
            if (!ok)
                return;
            RemoveMappingsOf(extent, _ => true);
            extent.Owner = to;
            foreach (var p in Range(extent.Base, extent.Pages))
                pageOwner[p] = to;
        }

        /// <summary>A random access by a random VM: it must succeed exactly when the model maps every page with the right.</summary>
        private void Access(string context)
        {
            // Mostly aim at something mapped (else nearly everything is refused), sometimes anywhere.
            ushort vmid;
            ulong ipa;
            if (random.Next(4) != 0 && Pick(stage2.Keys) is { } target)
            {
                vmid = target.Vm;
                ipa = target.Ipa + (ulong)random.Next((int)Page);
            }
            else if (Pick(live.Keys) is { } anyVm)
            {
                vmid = anyVm;
                ipa = (ulong)random.Next(IpaPages * (int)Page);
            }
            else
            {
                return;
            }

            var length = random.Next(4) == 0 ? random.Next(1, 2 * (int)Page) : random.Next(1, 65);
            var right = (MemoryAccess)(1 << random.Next(3));
            var pages = ((ipa + (ulong)length - 1) / Page) - (ipa / Page) + 1;
            var expected = Range(ipa & ~(Page - 1), pages).All(i =>
                stage2.TryGetValue((vmid, i), out var entry) && (entry.Access & right) == right
                && (right & ~Allowed(vmid, entry.Extent)) == 0 && pageOwner.GetValueOrDefault(entry.Phys) == entry.Extent.Owner);
            var accessor = live[vmid].AddressSpace.Memory;
            var buffer = new byte[length];
            // Mostly through the VM's long-lived translation cache (as an engine does), so a stale entry after any
            // kind of change would show here as an access the model refuses; sometimes uncached.
            var cache = caches.TryGetValue(vmid, out var kept) ? kept : caches[vmid] = new TranslationCache();
            var error = (right, random.Next(4) == 0) switch
            {
                (MemoryAccess.R, true) => accessor.Read(ipa, buffer),
                (MemoryAccess.X, true) => accessor.Fetch(ipa, buffer),
                (_, true) => accessor.Write(ipa, Fill(buffer)),
                (MemoryAccess.R, false) => accessor.ReadCached(ipa, buffer, cache),
                (MemoryAccess.X, false) => accessor.FetchCached(ipa, buffer, cache),
                _ => accessor.WriteCached(ipa, Fill(buffer), cache),
            };
            Assert.True(expected == (error == HypError.Ok), $"{context}: VM {vmid:X} {right} 0x{ipa:X}+{length}: got {error}, model says {expected}");
            if (expected)
                SuccessfulAccesses++;
            else
                RefusedAccesses++;
            // A write within one page reads back (across pages, two IPAs may alias one physical page).
            if (expected && right == MemoryAccess.W && pages == 1 && (stage2[(vmid, ipa & ~(Page - 1))].Access & MemoryAccess.R) != 0)
            {
                var back = new byte[length];
                Assert.Equal(HypError.Ok, accessor.Read(ipa, back));
                Assert.Equal(buffer, back);
            }
        }

        private byte[] Fill(byte[] buffer)
        {
            random.NextBytes(buffer);
            return buffer;
        }

        private void CompareStage2(string context)
        {
            foreach (var (vmid, vm) in live)
            {
                var expected = stage2.Count(e => e.Key.Vm == vmid);
                Assert.True(expected == vm.AddressSpace.MappingCount, $"{context}: VM {vmid:X} holds {vm.AddressSpace.MappingCount} mappings, model {expected}");
                for (var i = 0; i < IpaPages; i++)
                {
                    var ipa = (ulong)i * Page;
                    var mapped = vm.AddressSpace.TryTranslate(ipa, out var phys, out var access);
                    var modelled = stage2.TryGetValue((vmid, ipa), out var entry);
                    Assert.True(mapped == modelled && (!mapped || (phys == entry.Phys && access == entry.Access)),
                        $"{context}: VM {vmid:X} IPA 0x{ipa:X}: hypervisor {mapped} 0x{phys:X} {access}, model {modelled} 0x{entry.Phys:X} {entry.Access}");
                }
            }
        }

        /// <summary>The model's rule: the owner may use a non-lent extent fully; a borrower of a lent or shared one its granted rights.</summary>
        private static MemoryAccess Allowed(ushort vmid, ModelExtent extent) =>
            vmid == extent.Owner
                ? extent.State == MemoryExtentState.Lent ? MemoryAccess.None : MemoryAccess.RWX
                : extent.Borrowers.GetValueOrDefault(vmid);

        private void RemoveMappingsOf(ModelExtent extent, Func<ushort, bool> which)
        {
            foreach (var key in stage2.Where(e => e.Value.Extent == extent && which(e.Key.Vm)).Select(e => e.Key).ToArray())
                stage2.Remove(key);
        }

        private ModelExtent? ExtentOf(ulong page) => extents.FirstOrDefault(e => page >= e.Base && page < e.Base + e.Pages * Page);

        private static IEnumerable<ulong> Range(ulong start, ulong pages)
        {
            for (ulong i = 0; i < pages; i++)
                yield return start + i * Page;
        }

        private T? Pick<T>(IEnumerable<T> items)
            where T : class
        {
            var array = items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }

        private ushort? Pick(IEnumerable<ushort> items)
        {
            var array = items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }

        private ulong? Pick(IEnumerable<ulong> items)
        {
            var array = items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }

        private (ushort Vm, ulong Ipa)? Pick(IEnumerable<(ushort Vm, ulong Ipa)> items)
        {
            var array = items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }
    }

    private sealed class ModelExtent(MemoryExtent handle, ulong physicalBase, ulong pages, ushort owner)
    {
        public MemoryExtent Handle { get; } = handle;
        public ulong Base { get; } = physicalBase;
        public ulong Pages { get; } = pages;
        public ushort Owner { get; set; } = owner;
        public MemoryExtentState State { get; set; }
        public Dictionary<ushort, MemoryAccess> Borrowers { get; } = [];
        public List<(ulong Ipa, ulong Phys, MemoryAccess Access)> Withdrawn { get; } = [];
    }
}
