using System.Diagnostics;
using Gunyah.Sdk.DeviceTree;
using Gunyah.Sdk.Reference.Hypervisor;
using Gunyah.Sdk.Reference.Tests.ResourceManager;
using Gunyah.Sdk.ResourceManager.Errors;
using Gunyah.Sdk.ResourceManager.Protocol;
using Xunit.Abstractions;
using static Gunyah.Sdk.Reference.Tests.Assembled.RmMemoryModel;

namespace Gunyah.Sdk.Reference.Tests.Assembled;

/// <summary>
/// Memory isolation as a property, through the Resource Manager: fixed-seed random sequences of VM allocate / boot /
/// start / stop / reset / deallocate and MEM_LEND / SHARE / DONATE / ACCEPT / RELEASE / RECLAIM across several VMs,
/// each a real RM call (the generated <see cref="GhRmClient"/> over an <c>RmClient</c>: the host's over its hypervisor
/// message queues, a running guest's over its own <c>ReferenceRmService.Connect</c> link) on an assembled
/// <see cref="ReferenceSystem"/>. About a third of the calls break one rule on purpose. Every call must get the code <see cref="RmMemoryModel"/> predicts; a refused one must leave the
/// hypervisor's counters unchanged. After every step the invariant walk finds nothing, every VM's stage 2 equals the
/// model's, and a sample of CheckAccess (VM, address, rights) answers exactly as the model says.
/// </summary>
public sealed class RmMemoryIsolationPropertyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, 2500)]
    [InlineData(2, 2500)]
    [InlineData(3, 2500)]
    [InlineData(4, 2500)]
    public async Task Random_RM_call_sequences_keep_every_VM_inside_its_rights(int seed, int steps)
    {
        var clock = Stopwatch.StartNew();
        await using var run = new PropertyRun(seed);

        // A step is one operation that made at least one RM call (a pick that finds nothing to act on is redrawn).
        for (int step = 0, draws = 0; step < steps; draws++)
        {
            Assert.True(draws < 4 * steps, $"seed {seed}: {draws} draws made only {step} steps");
            if (await run.StepAsync(step))
            {
                step++;
            }
        }

        output.WriteLine($"seed {seed}: {steps} steps, {run.Calls} RM calls in {clock.ElapsedMilliseconds} ms; accesses {run.Allowed} allowed, {run.Refused} refused");
        foreach (var ((kind, code), count) in run.Outcomes.OrderBy(o => o.Key.Kind).ThenBy(o => o.Key.Code))
        {
            output.WriteLine($"  {kind,-16} {code,-16} {count}");
        }

        run.AssertCoverage(steps);
    }

    /// <summary>One seed's run: the system, the host's and the guests' RM connections, the model.</summary>
    private sealed class PropertyRun : IAsyncDisposable
    {
        private const int PoolPages = 40;
        private const int MaxGuests = 4;
        private const int Samples = 8;
        private const int FaultPercent = 35;

        /// <summary>Where callers choose their own IPA for an accept: a window clear of the image base and of the
        /// RM-chosen slots (64 GiB up).</summary>
        private const ulong Window = 0x1_0000_0000;
        private const int WindowPages = 48;

        private static readonly byte[] Dtb = new GunyahVmDeviceTreeBuilder(new GunyahVmDeviceTreeOptions { MemoryBase = ImageBase }).Build().ToArray();

        private readonly Random random;
        private readonly int seed;
        private readonly HostPages pool = new(PoolPages);
        private readonly ReferenceSystem system = ReferenceSystem.Create();
        private readonly RmConnection host;
        private readonly Dictionary<ushort, RmConnection> guests = [];
        private readonly RmMemoryModel model;
        private string context = "";

        public PropertyRun(int seed)
        {
            this.seed = seed;
            random = new Random(seed);
            host = new RmConnection(Host, system.HostRmQueues);
            model = new RmMemoryModel(Enumerable.Range(0, PoolPages).Select(i => pool[i]).ToArray());
        }

        public Dictionary<(string Kind, GhRmError Code), int> Outcomes { get; } = [];

        public int Allowed { get; private set; }

        /// <summary>RM calls made (a step whose pick finds nothing to act on makes none).</summary>
        public int Calls { get; private set; }

        public int Refused { get; private set; }

        private ReferenceHypervisor Hypervisor => system.Hypervisor;

        /// <summary>One random operation and the checks after it; false when it found nothing to do (no RM call).</summary>
        public async Task<bool> StepAsync(int step)
        {
            var calls = Calls;
            var operation = random.Next(100);
            context = $"seed {seed} step {step}";
            switch (operation)
            {
                case < 4: await AllocateAsync(); break;
                case < 9: await BootAsync(); break;
                case < 14: await StartAsync(); break;
                case < 16: await StopAsync(); break;
                case < 19: await ResetAsync(); break;
                case < 22: await DeallocateAsync(); break;
                case < 45: await GiveAsync(); break;
                case < 75: await AcceptAsync(); break;
                case < 86: await ReleaseAsync(); break;
                default: await ReclaimAsync(); break;
            }

            if (Calls == calls)
            {
                return false;
            }

            Verify();
            return true;
        }

        public void AssertCoverage(int steps)
        {
            var least = steps / 500;
            string[] succeeded = ["allocate", "boot", "start", "stop", "reset", "reset-holding", "deallocate", "lend", "share", "donate",
                "accept", "accept-rm-ipa", "accept-own-ipa", "accept-donation", "release", "reclaim", "reclaim-stopped-holder", "give-by-guest"];
            foreach (var kind in succeeded)
            {
                Assert.True(Outcomes.GetValueOrDefault((kind, GhRmError.Ok)) >= least, $"seed {seed}: only {Outcomes.GetValueOrDefault((kind, GhRmError.Ok))} {kind} succeeded");
            }

            (string, GhRmError)[] refused =
            [
                ("allocate", GhRmError.Denied), ("start", GhRmError.VmState), ("stop", GhRmError.VmState), ("reset", GhRmError.VmState),
                ("deallocate", GhRmError.InUse), ("deallocate", GhRmError.VmState),
                ("give", GhRmError.MemInvalid), ("give", GhRmError.ArgumentInvalid), ("give", GhRmError.VmidInvalid),
                ("accept", GhRmError.Denied), ("accept", GhRmError.MemInuse), ("accept", GhRmError.HandleInvalid),
                ("accept", GhRmError.ArgumentInvalid), ("accept", GhRmError.MapFailed),
                ("release", GhRmError.MemReleased), ("release", GhRmError.Denied), ("release", GhRmError.HandleInvalid),
                ("reclaim", GhRmError.MemInuse), ("reclaim", GhRmError.Denied), ("reclaim", GhRmError.HandleInvalid),
            ];
            foreach (var (kind, code) in refused)
            {
                Assert.True(Outcomes.GetValueOrDefault((kind, code)) >= least, $"seed {seed}: only {Outcomes.GetValueOrDefault((kind, code))} {kind} refused with {code}");
            }

            // The rarer paths, at least once: a guest donating to the host, which then gives that memory on; each way of
            // not holding memory (the host's pages donated away or in a parcel, a VM's own pages in a parcel, pages it
            // only borrows).
            string[] rare = ["accept-donation-host", "give-host-donated"];
            foreach (var kind in rare)
            {
                Assert.True(Outcomes.GetValueOrDefault((kind, GhRmError.Ok)) > 0, $"seed {seed}: no {kind} succeeded");
            }

            foreach (var why in new[] { "donated-away", "in-parcel", "borrowed", "in-parcel-by-guest", "borrowed-by-guest" })
            {
                Assert.True(Outcomes.GetValueOrDefault(($"not-held:{why}", GhRmError.MemInvalid)) > 0, $"seed {seed}: no give of memory not held ({why})");
            }

            Assert.True(Allowed >= steps && Refused >= steps, $"seed {seed}: {Allowed} accesses allowed, {Refused} refused: too few to prove much");
            Assert.Equal(0, Hypervisor.InvariantViolations);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var guest in guests.Values)
            {
                await guest.DisposeAsync();
            }

            await host.DisposeAsync();
            await system.DisposeAsync();
            pool.Dispose();
        }

        // ---- VMs ----

        private async Task AllocateAsync()
        {
            // A running guest may not allocate (DENIED); the host allocates while fewer than MaxGuests exist.
            var caller = (random.Next(4) == 0 || model.Vms.Count >= MaxGuests) && Pick(Running()) is { } guest ? guest : Host;
            if (caller == Host && model.Vms.Count >= MaxGuests)
            {
                return;
            }

            var expected = model.PredictAllocate(caller, out var vmid);
            var (code, reply) = await Call(Client(caller).VmAllocVmidAsync(new GhRmVmAllocVmidReq()));
            Record("allocate", expected, code);
            if (code == GhRmError.Ok)
            {
                Assert.True(vmid == reply.Vmid, $"{context}: allocated VMID 0x{reply.Vmid:X}, the lowest free is 0x{vmid:X}");
                model.Allocate(vmid);
            }
        }

        /// <summary>Lend one host page holding the devicetree, VM_CONFIG_IMAGE, VM_INIT: READY with the image mapped.</summary>
        private async Task BootAsync()
        {
            if (Pick(model.Vms.Values.Where(v => v.Phase == ModelPhase.Load)) is not { } vm || Pick(model.Held(Host).ToArray()) is not { } page)
            {
                return;
            }

            pool.Write(model.Pool.ToList().IndexOf(page.Phys), Dtb);
            (ushort, byte)[] acl = [(vm.Vmid, 7)];
            (ulong, ulong)[] sgl = [(page.Ipa, Page)];
            var (_, handle) = await GiveChecked(Host, ModelTransfer.Lend, acl, sgl, "lend");
            Record("config-image", GhRmError.Ok, (await Call(host.Client.VmConfigImageAsync(new GhRmVmConfigImageReq
            {
                Vmid = vm.Vmid, AuthMech = (ushort)GhRmVmAuthMech.None, MemHandle = handle, DtbOffset = 0, DtbSize = Page,
            }))).Code);
            Record("init", GhRmError.Ok, (await Call(host.Client.VmInitAsync(new GhRmVmCommonVmidReq { Vmid = vm.Vmid }))).Code);
            model.Boot(vm.Vmid, handle);
            Record("boot", GhRmError.Ok, GhRmError.Ok);
            if (random.Next(2) == 0)
            {
                Record("start", GhRmError.Ok, (await Call(host.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vm.Vmid }))).Code);
                model.Start(vm.Vmid);
            }
        }

        private async Task StartAsync()
        {
            if (PickVm(ModelPhase.Ready) is not { } vmid)
            {
                return;
            }

            var expected = model.PredictStart(vmid);
            var (code, _) = await Call(host.Client.VmStartAsync(new GhRmVmCommonVmidReq { Vmid = vmid }));
            Record("start", expected, code);
            if (code == GhRmError.Ok)
            {
                model.Start(vmid);
            }
        }

        private async Task StopAsync()
        {
            if (PickVm(ModelPhase.Running) is not { } vmid)
            {
                return;
            }

            var expected = model.PredictStop(vmid);
            var (code, _) = await Call(host.Client.VmStopAsync(new GhRmVmStopReq { Vmid = vmid, Flags = (byte)GhRmVmStopFlags.Force, StopReason = 3 }));
            Record("stop", expected, code);
            if (code == GhRmError.Ok)
            {
                model.Stop(vmid);
            }
        }

        private async Task ResetAsync()
        {
            if (PickVm(random.Next(2) == 0 ? ModelPhase.Exited : ModelPhase.Ready) is not { } vmid)
            {
                return;
            }

            var expected = model.PredictReset(vmid);
            var holding = model.Parcels.Values.Any(p => p.Accepted.ContainsKey(vmid) && p.Handle != model.Vms[vmid].ImageHandle);
            var reset = host.Log.WaitForStatusAsync(vmid, GhRmVmStatus.Reset);
            var (code, _) = await Call(host.Client.VmResetAsync(new GhRmVmCommonVmidReq { Vmid = vmid }));
            Record("reset", expected, code);
            if (code == GhRmError.Ok)
            {
                await reset.WaitAsync(RmBed.Patience);
                model.Reset(vmid);
                if (holding)
                {
                    Record("reset-holding", GhRmError.Ok, GhRmError.Ok);
                }
            }
        }

        /// <summary>Usually reclaims the parcels naming a stopped VM first (as a host tears down), then VM_DEALLOC_VMID.</summary>
        private async Task DeallocateAsync()
        {
            if (PickVm(random.Next(4) == 0 ? null : ModelPhase.Reset) is not { } vmid)
            {
                return;
            }

            if (random.Next(4) != 0 && model.Vms[vmid].Phase is ModelPhase.Reset or ModelPhase.Load)
            {
                foreach (var parcel in model.Parcels.Values.Where(p => p.Acl.ContainsKey(vmid) && model.CanCall(p.Owner)).ToArray())
                {
                    await ReclaimAsync(parcel.Owner, parcel.Handle);
                }
            }

            var expected = model.PredictDeallocate(vmid);
            var (code, _) = await Call(host.Client.VmDeallocVmidAsync(new GhRmVmCommonVmidReq { Vmid = vmid }));
            Record("deallocate", expected, code);
            if (code == GhRmError.Ok)
            {
                model.Deallocate(vmid);
            }
        }

        // ---- Parcels ----

        private enum GiveFault
        {
            None,
            NotHeld,
            Overlap,
            BadRights,
            UnknownVmid,
            OwnerPlacement,
            DonateTwo,
            DonateRights,
        }

        private async Task GiveAsync()
        {
            // Often a running guest with memory of its own to give (else guests' parcels are rare).
            var owner = random.Next(3) == 0 && Pick(Running().Where(v => model.Held(v).Any())) is { } giver ? giver : Caller();
            var transfer = random.Next(5) switch { < 2 => ModelTransfer.Lend, < 4 => ModelTransfer.Share, _ => ModelTransfer.Donate };
            // Memory not held has the most ways to arise: a third of the faults.
            var fault = random.Next(100) >= FaultPercent ? GiveFault.None : random.Next(3) == 0 ? GiveFault.NotHeld : (GiveFault)random.Next(1, 8);
            var held = model.Held(owner).ToList();

            // Pages: up to three the owner holds (adjacent ones merge into one SGL entry), or one it does not hold.
            var pages = held.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(h => h.Ipa).ToList();
            var why = "";
            if (fault == GiveFault.NotHeld)
            {
                var heldIpas = held.Select(h => h.Ipa).ToHashSet();
                // Pages the owner has no right to give: the host's own pages it donated away or has in a parcel, memory
                // donated to it that is in a parcel, and memory it only borrows (mapped from someone else's parcel).
                var ownIpas = model.Own(owner).Keys.Concat(owner == Host ? model.Pool.Where(model.IsIdentity) : []).ToHashSet();
                var reasons = new (string Why, ulong[] Pages)[]
                {
                    ("donated-away", owner == Host ? model.Pool.Where(p => !model.IsIdentity(p)).ToArray() : []),
                    ("in-parcel", ownIpas.Where(i => !heldIpas.Contains(i)).ToArray()),
                    ("borrowed", model.Stage2(owner).Keys.Where(i => !ownIpas.Contains(i) && !heldIpas.Contains(i)).ToArray()),
                }.Where(r => r.Pages.Length > 0).ToArray();
                if (reasons.Length == 0)
                {
                    return;
                }

                // Borrowed memory is the rarest (someone else must have lent it and the owner accepted): half the time.
                var reason = reasons[^1].Why == "borrowed" && random.Next(2) == 0 ? reasons[^1] : reasons[random.Next(reasons.Length)];
                why = reason.Why + (owner == Host ? "" : "-by-guest");
                pages.Add(reason.Pages[random.Next(reason.Pages.Length)]);
            }

            if (pages.Count == 0)
            {
                return;
            }

            var sgl = Merge(pages);
            if (fault == GiveFault.Overlap)
            {
                sgl.Add((sgl[0].Ipa, Page));
            }

            // The ACL: borrowers among the host and every allocated guest, mostly ones that can accept; a share lists
            // the owner too.
            var others = model.Vms.Keys.Append(Host).Where(v => v != owner).ToArray();
            var callers = others.Where(model.CanCall).ToArray();
            if (random.Next(4) != 0 && callers.Length > 0)
            {
                others = [.. callers.Concat(others.Except(callers).Take(random.Next(2)))];
            }

            var acl = new List<(ushort Vmid, byte Rights)>();
            if (transfer == ModelTransfer.Donate)
            {
                if ((owner != Host && random.Next(2) == 0 ? Host : Pick(others)) is not { } donee)
                {
                    return;
                }

                acl.Add((donee, 7));
                if (fault == GiveFault.DonateTwo && Pick(others.Where(v => v != donee)) is { } second)
                {
                    acl.Add((second, 7));
                }
                else if (fault == GiveFault.DonateRights)
                {
                    acl[0] = (donee, 6);
                }
            }
            else
            {
                if (others.Length == 0)
                {
                    return;
                }

                acl.AddRange(others.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(v => (v, Rights())));
                if ((transfer == ModelTransfer.Share) != (fault == GiveFault.OwnerPlacement))
                {
                    acl.Insert(random.Next(acl.Count + 1), (owner, Rights()));
                }
            }

            if (fault == GiveFault.BadRights)
            {
                var at = random.Next(acl.Count);
                acl[at] = (acl[at].Vmid, (byte)random.Next(0, 4));
            }
            else if (fault == GiveFault.UnknownVmid && Pick(Enumerable.Range(FirstVmid, LastVmid - FirstVmid + 1).Select(v => (ushort)v).Where(v => !model.Vms.ContainsKey(v))) is { } unknown)
            {
                acl.Add((unknown, Rights()));
            }

            var (code, _) = await GiveChecked(owner, transfer, acl, sgl, transfer.ToString().ToLowerInvariant());
            if (code == GhRmError.Ok && (owner != Host || sgl.Any(e => model.HostOwn.ContainsKey(e.Ipa))))
            {
                Record(owner == Host ? "give-host-donated" : "give-by-guest", GhRmError.Ok, GhRmError.Ok);
            }
            else if (code == GhRmError.MemInvalid)
            {
                Record($"not-held:{why}", code, code);
            }
        }

        /// <summary>Makes the call, checks the code (and a fresh handle) against the model and applies it; returns the handle.</summary>
        private async Task<(GhRmError Code, uint Handle)> GiveChecked(ushort owner, ModelTransfer transfer, IReadOnlyList<(ushort Vmid, byte Rights)> acl, IReadOnlyList<(ulong Ipa, ulong Size)> sgl, string kind)
        {
            var expected = model.PredictGive(owner, transfer, acl, sgl);
            var request = new GhRmMemShareReq { MemType = (byte)GhRmMemType.Normal, Label = (uint)random.Next() };
            var aclEntries = acl.Select(a => new GhRmMemAclEntry { Vmid = a.Vmid, Rights = a.Rights }).ToArray();
            var sglEntries = sgl.Select(e => new GhRmMemEntry { Ipa = e.Ipa, Size = e.Size }).ToArray();
            var client = Client(owner);
            var call = transfer switch
            {
                ModelTransfer.Lend => client.MemLendAsync(request, aclEntries, sglEntries, Array.Empty<GhRmMemAttrEntry>()),
                ModelTransfer.Share => client.MemShareAsync(request, aclEntries, sglEntries, Array.Empty<GhRmMemAttrEntry>()),
                _ => client.MemDonateAsync(request, aclEntries, sglEntries, Array.Empty<GhRmMemAttrEntry>()),
            };
            var (code, reply) = await Call(call);
            Record(code == GhRmError.Ok ? kind : "give", expected, code,
                $"{transfer} by 0x{owner:X}, ACL [{string.Join(", ", acl.Select(a => $"0x{a.Vmid:X}:{a.Rights}"))}], SGL [{string.Join(", ", sgl.Select(e => $"0x{e.Ipa:X}+0x{e.Size:X}"))}]");
            if (code != GhRmError.Ok)
            {
                return (code, 0);
            }

            // Handles count up from 1 and skip 0xFFFFFFFF (and live ones).
            Assert.True(reply.MemHandle > model.LastHandle && reply.MemHandle != 0xFFFF_FFFF, $"{context}: handle {reply.MemHandle} after {model.LastHandle}");
            model.Give(reply.MemHandle, owner, transfer, acl, sgl);
            return (code, reply.MemHandle);
        }

        private enum AcceptFault
        {
            None,
            NotInAcl,
            Owner,
            Twice,
            DeadHandle,
            WrongType,
            WrongSize,
            Collide,
        }

        private async Task AcceptAsync()
        {
            // Mostly a caller that has something to accept (else nearly every accept is a refusal).
            var waiting = model.Parcels.Values.SelectMany(p => p.Acl.Keys.Where(v => v != p.Owner && !p.Accepted.ContainsKey(v) && model.CanCall(v))).Distinct();
            var caller = random.Next(10) < 7 && Pick(waiting) is { } ready ? ready : Caller();
            var fault = random.Next(100) < FaultPercent ? (AcceptFault)random.Next(1, 8) : AcceptFault.None;
            var parcels = model.Parcels.Values;
            var stage2 = model.Stage2(caller);
            ModelParcel? parcel = fault switch
            {
                AcceptFault.NotInAcl => Pick(parcels.Where(p => p.Owner != caller && !p.Acl.ContainsKey(caller))),
                AcceptFault.Owner => Pick(parcels.Where(p => p.Owner == caller)),
                AcceptFault.Twice => Pick(parcels.Where(p => p.Accepted.ContainsKey(caller))),
                AcceptFault.DeadHandle => null,
                _ => Pick(parcels.Where(p => p.Owner != caller && p.Acl.ContainsKey(caller) && !p.Accepted.ContainsKey(caller))),
            };
            if (parcel is null && fault != AcceptFault.DeadHandle)
            {
                return;
            }

            var handle = parcel?.Handle ?? DeadHandle();
            var transfer = parcel?.Transfer ?? ModelTransfer.Lend;
            if (fault == AcceptFault.WrongType)
            {
                transfer = (ModelTransfer)(((int)transfer + random.Next(1, 3)) % 3);
            }

            // The IPA: the RM's choice, or the caller's own in the window (never for a donation: its pages stay there).
            ulong? at = null;
            var size = parcel?.Size ?? Page;
            if (fault == AcceptFault.Collide)
            {
                if (Pick(stage2.Keys.ToArray()) is not { } taken)
                {
                    return;
                }

                at = taken - ((ulong)random.Next((int)(size / Page)) * Page);
            }
            else if (fault == AcceptFault.WrongSize)
            {
                at = FreeInWindow(stage2, size + Page);
                size += Page;
            }
            else if (parcel?.Transfer != ModelTransfer.Donate && random.Next(5) < 2)
            {
                at = FreeInWindow(stage2, size);
            }

            if (at is null && fault is AcceptFault.Collide or AcceptFault.WrongSize)
            {
                return;
            }

            var expected = model.PredictAccept(caller, handle, transfer, at, size);
            var request = new GhRmMemAcceptReq
            {
                MemHandle = handle, MemType = (byte)GhRmMemType.Normal, TransType = (byte)TransType(transfer), Flags = (byte)GhRmMemAcceptFlags.Done,
            };
            GhRmMemEntry[] sgl = at is { } ipa ? [new GhRmMemEntry { Ipa = ipa, Size = size }] : [];
            var (code, reply) = await Call(Client(caller).MemAcceptAsync(request, Array.Empty<GhRmMemAclEntry>(), sgl, Array.Empty<GhRmMemAttrEntry>()));
            Record("accept", expected, code, $"0x{caller:X} accepts {handle} as {transfer}{(at is { } a ? $" at 0x{a:X}+0x{size:X}" : "")}");
            if (code != GhRmError.Ok)
            {
                return;
            }

            var mappedAt = at ?? RmChosen(caller, parcel!, reply.Entries);
            if (at is not null)
            {
                // A caller-given SGL: the reply carries an empty list (docs/reference-hypervisor.md).
                Assert.Empty(reply.Entries);
            }

            Record(parcel!.Transfer == ModelTransfer.Donate ? caller == Host ? "accept-donation-host" : "accept-donation" : at is null ? "accept-rm-ipa" : "accept-own-ipa", GhRmError.Ok, GhRmError.Ok);
            model.Accept(caller, handle, mappedAt);
        }

        /// <summary>The RM-chosen mapping: one contiguous range of the whole parcel, page aligned, clear of everything the
        /// caller maps or owns.</summary>
        private ulong RmChosen(ushort caller, ModelParcel parcel, GhRmMemEntry[] entries)
        {
            var entry = Assert.Single(entries);
            Assert.Equal(parcel.Size, entry.Size);
            Assert.Equal(0UL, entry.Ipa % Page);
            var occupied = model.Stage2(caller).Keys.Concat(model.Own(caller).Keys).ToHashSet();
            Assert.False(PagesOf(entry.Ipa, entry.Size).Any(occupied.Contains), $"{context}: the RM chose 0x{entry.Ipa:X}, which VM 0x{caller:X} already uses");
            return entry.Ipa;
        }

        private async Task ReleaseAsync()
        {
            var caller = Caller();
            var parcels = model.Parcels.Values;
            uint handle;
            switch (random.Next(100))
            {
                case < 60:
                    if (Pick(parcels.Where(p => p.Accepted.ContainsKey(caller))) is not { } accepted)
                    {
                        return;
                    }

                    handle = accepted.Handle;
                    break;
                case < 82:
                    if (Pick(parcels.Where(p => p.Owner != caller && p.Acl.ContainsKey(caller) && !p.Accepted.ContainsKey(caller))) is not { } notAccepted)
                    {
                        return;
                    }

                    handle = notAccepted.Handle;
                    break;
                case < 92:
                    if (Pick(parcels.Where(p => p.Owner == caller || !p.Acl.ContainsKey(caller))) is not { } stranger)
                    {
                        return;
                    }

                    handle = stranger.Handle;
                    break;
                default:
                    handle = DeadHandle();
                    break;
            }

            var expected = model.PredictRelease(caller, handle);
            var (code, _) = await Call(Client(caller).MemReleaseAsync(new GhRmMemReleaseReq { MemHandle = handle }));
            Record("release", expected, code, $"0x{caller:X} releases {handle}");
            if (code == GhRmError.Ok)
            {
                model.Release(caller, handle);
            }
        }

        private async Task ReclaimAsync()
        {
            var caller = Caller();
            var parcels = model.Parcels.Values;
            uint handle;
            switch (random.Next(100))
            {
                case < 80:
                    var own = parcels.Where(p => p.Owner == caller).ToArray();
                    var free = own.Where(p => model.PredictReclaim(caller, p.Handle) == GhRmError.Ok).ToArray();
                    if (Pick(random.Next(2) == 0 && free.Length > 0 ? free : own) is not { } mine)
                    {
                        return;
                    }

                    handle = mine.Handle;
                    break;
                case < 92:
                    if (Pick(parcels.Where(p => p.Owner != caller)) is not { } other)
                    {
                        return;
                    }

                    handle = other.Handle;
                    break;
                default:
                    handle = DeadHandle();
                    break;
            }

            await ReclaimAsync(caller, handle);
        }

        private async Task ReclaimAsync(ushort caller, uint handle)
        {
            var expected = model.PredictReclaim(caller, handle);
            var stoppedHolder = model.Parcels.TryGetValue(handle, out var parcel) && parcel.Accepted.Count > 0;
            var (code, _) = await Call(Client(caller).MemReclaimAsync(new GhRmMemReleaseReq { MemHandle = handle }));
            Record("reclaim", expected, code, $"0x{caller:X} reclaims {handle}");
            if (code == GhRmError.Ok)
            {
                model.Reclaim(handle);
                if (stoppedHolder)
                {
                    Record("reclaim-stopped-holder", GhRmError.Ok, GhRmError.Ok);
                }
            }
        }

        // ---- Checks ----

        private void Verify()
        {
            var problems = Hypervisor.VerifyInvariants();
            Assert.True(problems.Count == 0, $"{context}: {string.Join("; ", problems)}");
            Assert.True(Hypervisor.InvariantViolations == 0, $"{context}: CheckAccess met {Hypervisor.InvariantViolations} stage-2 entries the ownership model does not back");
            Assert.True(model.Parcels.Count == system.Service.ResourceManager.ParcelCount, $"{context}: RM holds {system.Service.ResourceManager.ParcelCount} parcels, model {model.Parcels.Count}");
            Assert.True(model.Vms.Count == system.Service.ResourceManager.VmCount, $"{context}: RM holds {system.Service.ResourceManager.VmCount} VMs, model {model.Vms.Count}");

            // Every VM's stage 2, exactly.
            var views = new List<(HypervisorVm Vm, Dictionary<ulong, (ulong Phys, MemoryAccess Rights)> Stage2)>();
            foreach (var vmid in model.Vms.Keys.Prepend(Host))
            {
                var vm = Hypervisor.GetVm(vmid);
                if (!model.HasAddressSpace(vmid))
                {
                    Assert.True(vm is null, $"{context}: VM 0x{vmid:X} ({model.Vms[vmid].Phase}) still has hypervisor objects");
                    continue;
                }

                Assert.True(vm is not null, $"{context}: VM 0x{vmid:X} has no hypervisor VM");
                var stage2 = model.Stage2(vmid);
                Assert.True(stage2.Count == vm.AddressSpace.MappingCount, $"{context}: VM 0x{vmid:X} maps {vm.AddressSpace.MappingCount} pages, model {stage2.Count}");
                foreach (var (ipa, (phys, rights)) in stage2)
                {
                    var mapped = vm.AddressSpace.TryTranslate(ipa, out var actualPhys, out var actualRights);
                    Assert.True(mapped && actualPhys == phys && actualRights == rights,
                        $"{context}: VM 0x{vmid:X} IPA 0x{ipa:X}: hypervisor {mapped} 0x{actualPhys:X} {actualRights}, model 0x{phys:X} {rights}");
                }

                views.Add((vm, stage2));
            }

            // CheckAccess on a sample: mostly somewhere the VM maps, else anywhere any VM maps or the host's pages are.
            var probes = views.SelectMany(v => v.Stage2.Keys).Concat(model.Pool).Distinct().ToArray();
            for (var i = 0; i < Samples; i++)
            {
                var (vm, stage2) = views[random.Next(views.Count)];
                var page = random.Next(2) == 0 && stage2.Count > 0 ? stage2.Keys.ElementAt(random.Next(stage2.Count)) : probes[random.Next(probes.Length)];
                var offset = (ulong)random.Next((int)Page);
                var length = random.Next(6) == 0 ? Page - offset + (ulong)random.Next(1, (int)Page) : (ulong)random.Next(1, (int)(Page - offset) + 1);
                var access = (MemoryAccess)random.Next(1, 8);
                var expected = Expected(stage2, page + offset, length, access);
                var actual = Hypervisor.CheckAccess(vm, page + offset, length, access);
                Assert.True(expected == actual, $"{context}: CheckAccess(VM 0x{vm.Vmid:X}, 0x{page + offset:X}+0x{length:X}, {access}) = {actual}, model {expected}");
                if (actual == HypError.Ok)
                {
                    Allowed++;
                }
                else
                {
                    Refused++;
                }
            }
        }

        private void Record(string kind, GhRmError expected, GhRmError actual, string what = "")
        {
            Assert.True(expected == actual, $"{context}: {kind} {what}: RM answered {actual}, the model predicts {expected}");
            context += $", after {kind} {what} → {actual}";
            Outcomes[(kind, actual)] = Outcomes.GetValueOrDefault((kind, actual)) + 1;
        }

        // ---- Plumbing ----

        private GhRmClient Client(ushort vmid)
        {
            if (vmid == Host)
            {
                return host.Client;
            }

            if (!guests.TryGetValue(vmid, out var connection))
            {
                guests[vmid] = connection = new RmConnection(vmid, system.Service.Connect(vmid));
            }

            return connection.Client;
        }

        /// <summary>The RM error a call fails with (OK and the reply when it succeeds); a refused call must also leave
        /// the hypervisor as it was.</summary>
        private async Task<(GhRmError Code, T Reply)> Call<T>(ValueTask<T> call)
        {
            Calls++;
            var before = Hypervisor.Counters;
            try
            {
                return (GhRmError.Ok, await call.AsTask().WaitAsync(RmBed.Patience));
            }
            catch (RmException e)
            {
                Assert.True(before == Hypervisor.Counters, $"{context}: a refused call ({e.Code}) changed the hypervisor: {before} → {Hypervisor.Counters}");
                return (e.Code, default!);
            }
        }

        private async Task<(GhRmError Code, bool Done)> Call(ValueTask call)
        {
            Calls++;
            var before = Hypervisor.Counters;
            try
            {
                await call.AsTask().WaitAsync(RmBed.Patience);
                return (GhRmError.Ok, true);
            }
            catch (RmException e)
            {
                Assert.True(before == Hypervisor.Counters, $"{context}: a refused call ({e.Code}) changed the hypervisor: {before} → {Hypervisor.Counters}");
                return (e.Code, false);
            }
        }

        /// <summary>Who calls: the host, or (as often as there are some) a running guest.</summary>
        private ushort Caller() => random.Next(2) == 0 && Pick(Running()) is { } guest ? guest : Host;

        private IEnumerable<ushort> Running() => model.Vms.Values.Where(v => v.Phase == ModelPhase.Running).Select(v => v.Vmid);

        /// <summary>A guest, usually one in <paramref name="phase"/> (so the call is legal), else any.</summary>
        private ushort? PickVm(ModelPhase? phase)
        {
            var wanted = model.Vms.Values.Where(v => v.Phase == phase).Select(v => v.Vmid).ToArray();
            return random.Next(4) != 0 && wanted.Length > 0 ? wanted[random.Next(wanted.Length)] : Pick(model.Vms.Keys);
        }

        private uint DeadHandle() =>
            model.DeadHandles.Count > 0 && random.Next(4) != 0 ? model.DeadHandles[random.Next(model.DeadHandles.Count)] : (uint)random.Next(0x10_0000, 0x20_0000);

        private ulong? FreeInWindow(Dictionary<ulong, (ulong, MemoryAccess)> stage2, ulong size)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var at = Window + ((ulong)random.Next(WindowPages) * Page);
                if (!PagesOf(at, size).Any(stage2.ContainsKey))
                {
                    return at;
                }
            }

            return null;
        }

        private byte Rights() => (byte)random.Next(4, 8);

        private static GhRmMemTransType TransType(ModelTransfer transfer) => transfer switch
        {
            ModelTransfer.Lend => GhRmMemTransType.Lend,
            ModelTransfer.Share => GhRmMemTransType.Share,
            _ => GhRmMemTransType.Donate,
        };

        /// <summary>SGL entries for <paramref name="pages"/> in order, adjacent pages merged.</summary>
        private static List<(ulong Ipa, ulong Size)> Merge(List<ulong> pages)
        {
            var sgl = new List<(ulong Ipa, ulong Size)>();
            foreach (var page in pages)
            {
                if (sgl.Count > 0 && sgl[^1].Ipa + sgl[^1].Size == page)
                {
                    sgl[^1] = (sgl[^1].Ipa, sgl[^1].Size + Page);
                }
                else
                {
                    sgl.Add((page, Page));
                }
            }

            return sgl;
        }

        private T? Pick<T>(IEnumerable<T> items)
            where T : class
        {
            var array = items as T[] ?? items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }

        private (ulong Ipa, ulong Phys)? Pick((ulong Ipa, ulong Phys)[] items) => items.Length == 0 ? null : items[random.Next(items.Length)];

        private ushort? Pick(IEnumerable<ushort> items)
        {
            var array = items as ushort[] ?? items.ToArray();
            return array.Length == 0 ? null : array[random.Next(array.Length)];
        }

        private ulong? Pick(ulong[] items) => items.Length == 0 ? null : items[random.Next(items.Length)];
    }
}
