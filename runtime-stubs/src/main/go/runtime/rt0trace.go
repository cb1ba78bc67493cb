package runtime

import "unsafe"

// rt0trace.go: RT0TRACE=1, rt0gen's own start-up trace (not in Go), for people learning how
// Go starts: one line per bootstrap step on fd 2, in bootstrap order, with the values read
// from the runtime's state at that moment. Lines start with "rt0: STEP:". Each trace* function
// is called, when rt0trace is set, right after the step it reports.
//
// The steps (os_linux.go, proc.go) call these directly; rt0_go (asm_amd64.s) calls
// traceNewprocMain.

// traceargs holds tracef's arguments while it prints.
var traceargs [7]uint64

// tracef prints format under printlock, replacing %d (signed decimal), %x (0x hex) and %S (a
// Go string: two words, pointer and length) with the arguments a0, a1, ..., in order. It
// reads format through pointers (no index checks: every program links it).
func tracef(format string, a0, a1, a2, a3, a4, a5, a6 uint64) {
	traceargs[0] = a0
	traceargs[1] = a1
	traceargs[2] = a2
	traceargs[3] = a3
	traceargs[4] = a4
	traceargs[5] = a5
	traceargs[6] = a6
	printlock()
	p := unsafe.Pointer(unsafe.StringData(format))
	end := unsafe.Add(p, len(format))
	arg := unsafe.Pointer(&traceargs)
	for {
		q := p
		for q != end && *(*byte)(q) != '%' {
			q = unsafe.Add(q, 1)
		}
		printbytes(p, uintptr(q)-uintptr(p))
		if q == end {
			break
		}
		v := *(*uint64)(arg)
		arg = unsafe.Add(arg, 8)
		switch *(*byte)(unsafe.Add(q, 1)) {
		case 'd':
			printint(int64(v))
		case 'x':
			printhex(v)
		case 'S':
			printbytes(unsafe.Pointer(uintptr(v)), uintptr(*(*uint64)(arg)))
			arg = unsafe.Add(arg, 8)
		}
		p = unsafe.Add(q, 2)
	}
	printunlock()
}

// gomaxprocsWhyText is why GOMAXPROCS has its value, by gomaxprocs_why (cgroup_linux.go).
var gomaxprocsWhyText = [3]string{"from ncpu", "from GOMAXPROCS env", "from cgroup cpu limit"}

// u64 is a pointer's address as tracef's argument.
func u64(p unsafe.Pointer) uint64 {
	return uint64(uintptr(p))
}

// traceRt0go reports rt0_go's work (printed from args, the first step that can read the
// environment): g0 and its stack, m0, the FS base (&m0.tls[1]) and g as fs:[-8] shows it.
func traceRt0go(g0 *g, m0 *m) {
	tracef("rt0: rt0_go: g0=%x stack=[%x,%x) m0=%x arch_prctl(ARCH_SET_FS, %x) g=fs:[-8]=%x\n",
		u64(unsafe.Pointer(g0)), uint64(g0.stack.lo), uint64(g0.stack.hi), u64(unsafe.Pointer(m0)),
		u64(unsafe.Pointer(&m0.tls[1])), u64(unsafe.Pointer(getg())), 0)
}

// traceArgs reports args: argc, argv, the environment, the auxiliary vector and what it gave.
func traceArgs(auxv uintptr, physPageSize uintptr) {
	tracef("rt0: args: argc=%d argv=%x envc=%d auxv=%x AT_PAGESZ=%d AT_RANDOM=%x\n",
		uint64(argc), u64(unsafe.Pointer(argv)), uint64(envc), uint64(auxv), uint64(physPageSize),
		u64(startupRand), 0)
}

func traceOsinit(ncpu int, physPageSize uintptr) {
	tracef("rt0: osinit: ncpu=%d (sched_getaffinity) physPageSize=%d\n",
		uint64(ncpu), uint64(physPageSize), 0, 0, 0, 0, 0)
}

// traceSchedinit reports schedinit up to the GOMAXPROCS choice (one line, in two tracef calls).
func traceSchedinit(sched *schedt) {
	printlock()
	tracef("rt0: schedinit: maxmcount=%d m0.id=%d goargs=%d goenvs=%d inittrace=%d",
		uint64(sched.maxmcount), uint64(getg().m.id), uint64(argc), uint64(envc),
		uint64(debug.inittrace), 0, 0)
	cg := "none"
	if cgroup_path != nil {
		cg = unsafe.String(cgroup_path, findnull(cgroup_path))
	}
	tracef(" cgroup=%S containermaxprocs=%d updatemaxprocs=%d\n",
		u64(unsafe.Pointer(unsafe.StringData(cg))), uint64(len(cg)),
		uint64(debug.containermaxprocs), uint64(debug.updatemaxprocs), 0, 0, 0)
	printunlock()
}

// traceGomaxprocs reports the GOMAXPROCS choice and its reason.
func traceGomaxprocs(procs int, ncpu int) {
	why := (*string)(unsafe.Add(unsafe.Pointer(&gomaxprocsWhyText), gomaxprocs_why*16))
	tracef("rt0: schedinit: gomaxprocs=%d (%S; ncpu=%d, cgroup limit=%d millicpus)\n",
		uint64(procs), u64(unsafe.Pointer(unsafe.StringData(*why))), uint64(len(*why)),
		uint64(ncpu), uint64(cgroup_limit_milli), 0, 0)
}

// traceProcresize reports procresize: allp (cap words), m0's P and the idle Ps.
func traceProcresize(gomaxprocs int, allp unsafe.Pointer, allpCap int, sched *schedt) {
	pp := getg().m.p
	tracef("rt0: procresize: nprocs=%d allp=%x (%d bytes, Ps made on first use) m0.p=%x (p%d) idle=%d\n",
		uint64(gomaxprocs), u64(allp), uint64(allpCap*8), u64(unsafe.Pointer(pp)), uint64(pp.id),
		uint64(sched.npidle), 0)
}

// traceNewprocMain reports newproc(runtime.main) in rt0_go: the new G sits in p0.runnext.
func traceNewprocMain() {
	gp := getg().m.p.runnext
	tracef("rt0: newproc: runtime.main goid=%d g=%x stack=[%x,%x) -> p0.runnext\n",
		gp.goid, u64(unsafe.Pointer(gp)), uint64(gp.stack.lo), uint64(gp.stack.hi), 0, 0, 0)
}

// traceMstart reports mstart on m0, running on g0.
func traceMstart() {
	g0 := getg()
	tracef("rt0: mstart: m%d g0.sched.sp=%x -> schedule\n",
		uint64(g0.m.id), uint64(g0.sched.sp), 0, 0, 0, 0, 0)
}

// traceNewm reports a newm: runtime.main's newm(sysmon), or startm's for a P: the new M and
// its g0 stack, before its thread is made (the thread itself prints nothing: its lines would
// interleave with m0's).
func traceNewm(mp *m) {
	if mp.mstartfn != nil {
		tracef("rt0: newm: m%d g0=%x stack=[%x, %x] -> newosproc: clone -> mstart -> sysmon\n",
			uint64(mp.id), u64(unsafe.Pointer(mp.g0)), uint64(mp.g0.stack.lo), uint64(mp.g0.stack.hi), 0, 0, 0)
		return
	}
	tracef("rt0: newm: m%d g0=%x stack=[%x, %x] -> newosproc: clone -> mstart -> schedule on p%d\n",
		uint64(mp.id), u64(unsafe.Pointer(mp.g0)), uint64(mp.g0.stack.lo), uint64(mp.g0.stack.hi), uint64(mp.nextp.id), 0, 0)
}

// traceSchedule reports the first schedule, which finds runtime.main in p0.runnext and runs it.
func traceSchedule(gp *g, inheritTime uintptr) {
	tracef("rt0: schedule: findRunnable -> goid=%d g=%x inheritTime=%d schedtick=%d -> execute -> gogo\n",
		gp.goid, u64(unsafe.Pointer(gp)), uint64(inheritTime), uint64(getg().m.p.schedtick), 0, 0, 0)
}

// traceMain reports, in runtime.main before the init tasks, who runs them.
func traceMain(ninittasks int) {
	gp := getg()
	tracef("rt0: main: goid=%d g=%x m%d p%d schedtick=%d: %d init tasks\n",
		gp.goid, u64(unsafe.Pointer(gp)), uint64(gp.m.id), uint64(gp.m.p.id),
		uint64(gp.m.p.schedtick), uint64(ninittasks), 0)
}

// traceDoinit reports one init task about to run; the task starts with the package's name.
func traceDoinit(task unsafe.Pointer) {
	gp := getg()
	tracef("rt0: doInit: %S on goid=%d m%d\n",
		*(*uint64)(task), *(*uint64)(unsafe.Add(task, 8)), gp.goid, uint64(gp.m.id), 0, 0, 0)
}

func traceMainmain() {
	gp := getg()
	tracef("rt0: main.main on goid=%d m%d\n", gp.goid, uint64(gp.m.id), 0, 0, 0, 0, 0)
}

// traceExit reports exit(0) from runtime.main, with the goroutines NumGoroutine counts (the
// user goroutines: not the free ones, not the system ones).
func traceExit(allglen int, sched *schedt) {
	tracef("rt0: exit(0) with %d goroutines\n",
		uint64(gcount()), 0, 0, 0, 0, 0, 0)
}
