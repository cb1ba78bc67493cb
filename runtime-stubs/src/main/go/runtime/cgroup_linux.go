package runtime

import "unsafe"

// cgroup_linux.go: the default GOMAXPROCS (Go 1.25+: runtime/cgroup_linux.go and
// internal/runtime/cgroup).
//
// Go: GOMAXPROCS defaults to the minimum of the CPUs in the affinity mask and the CPU
// cgroup's average throughput limit (quota/period) rounded up, and never below 2 because of
// the limit. The cgroup is the one /proc/self/cgroup names: the v1 line whose controllers
// include "cpu", else the v2 line "0::PATH"; its directory is the mount in
// /proc/self/mountinfo of type cgroup (super options with "cpu") or cgroup2 whose root is a
// path prefix of PATH (a rest that starts with "/.." is out of reach, as in Go). v1 reads cpu.cfs_quota_us and cpu.cfs_period_us (quota -1: no limit); v2
// reads cpu.max ("max PERIOD" or "QUOTA PERIOD"). Not done here: the octal escapes (\040) Go
// undoes in mountinfo paths. Go parses the files into a CPU it keeps open for its GOMAXPROCS
// updater; here the limit is read once, into cgroup_quota and cgroup_period.

const (
	cgroupPathMax    = 0x1000  // the cgroup path, and the mount point, each below this
	cgroupDirMax     = 0x2040  // mount point + cgroup path + "/cpu.cfs_period_us"
	cgroupScratchLen = 0x20000 // /proc/self/mountinfo is read whole (128 KiB at most)

	_O_RDONLY_CLOEXEC = 0x80000 // O_RDONLY | O_CLOEXEC
)

// Why GOMAXPROCS has its value (gomaxprocs_why, an index into rt0trace.go's
// gomaxprocsWhyText, printed by RT0TRACE); schedinit (proc.go) sets gomaxprocsWhyEnv.
const (
	gomaxprocsWhyNCPU   = 0
	gomaxprocsWhyEnv    = 1
	gomaxprocsWhyCgroup = 2
)

var (
	// Go: "We can't allocate during early initialization when we need to find the cgroup.
	// Simply use a fixed global as a scratch parsing buffer." Here three: file contents, the
	// cgroup path (kept while mountinfo is read over it), and the directory of the limit files.
	// Large regions: api.RuntimeBuild puts them after every other variable in bss, so that
	// start-up's first pages hold the ones it writes.
	cgroup_scratch [cgroupScratchLen]byte
	cgroup_cg      [cgroupPathMax]byte
	cgroup_dir     [cgroupDirMax]byte

	cgroup_path        *byte // cgroup_dir once the cgroup's directory is known (RT0TRACE), else nil
	cgroup_limit_milli int   // 1000 * quota / period (RT0TRACE)
	cgroup_quota       int
	cgroup_period      int // 0: no cgroup or no limit
	gomaxprocs_why     int // gomaxprocsWhy*
)

// defaultGOMAXPROCSInit is Go's defaultGOMAXPROCSInit (cgroup.OpenCPU and ReadCPULimit): find
// the CPU cgroup's directory and read its limit into cgroup_quota and cgroup_period. The
// directory is kept in cgroup_dir (cgroup_path) for RT0TRACE.
func defaultGOMAXPROCSInit() {
	cg, version := findCPUCgroup()
	if version == 0 {
		return // Go: ErrNoCgroup
	}
	n := findCPUMountPoint(cg, version)
	if n < 0 {
		return
	}
	cgroup_dir[n] = 0
	cgroup_path = &cgroup_dir[0]
	if version == 1 {
		// v1: cpu.cfs_quota_us, cpu.cfs_period_us (Go's readV1Number twice)
		quota, _, ok := readnumber(n, "/cpu.cfs_quota_us\x00")
		if ok && quota >= 0 { // quota -1: no limit
			if period, _, ok := readnumber(n, "/cpu.cfs_period_us\x00"); ok {
				setcgrouplimit(quota, period)
			}
		}
	} else {
		// v2: cpu.max, "max PERIOD" or "QUOTA PERIOD" (Go's readV2Limit; "max" does not
		// parse: no limit)
		if quota, end, ok := readnumber(n, "/cpu.max\x00"); ok && cgroup_scratch[end] == ' ' {
			if period, _, ok := parsenumber(end + 1); ok {
				setcgrouplimit(quota, period)
			}
		}
	}
	cgroup_dir[n] = 0 // cgroup_path: the directory alone again
}

// findCPUCgroup is Go's FindCPUCgroup (parseCPUCgroup): the cgroup path that
// /proc/self/cgroup gives for the CPU controller, copied to cgroup_cg, and the cgroup version:
// the first v1 line ("ID:CONTROLLERS:PATH") whose controllers include "cpu", else the v2 line
// ("0::PATH"). Version 0: none, or a malformed file.
func findCPUCgroup() (string, int) {
	n := readscratch(unsafe.StringData("/proc/self/cgroup\x00"))
	if n <= 0 {
		return "", 0
	}
	s := unsafe.String(&cgroup_scratch[0], n)
	version := 0
	var cg string
	for len(s) > 0 {
		line := s
		if i := indexByteString(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		c1 := indexByteString(line, ':')
		if c1 < 0 {
			return "", 0
		}
		controllers := line[c1+1:]
		c2 := indexByteString(controllers, ':')
		if c2 < 0 {
			return "", 0
		}
		path := controllers[c2+1:]
		controllers = controllers[:c2]
		// Go: if string(hierarchy) == "0" { v2 path } else if containsCPU(controllers) { v1 }
		if c1 == 1 && line[0] == '0' {
			cg, version = path, 2
		} else if containsCPU(controllers) {
			cg, version = path, 1
			break
		}
	}
	// keep the path: the scratch buffer is read over next
	if version == 0 || len(cg) >= cgroupPathMax {
		return "", 0
	}
	memmove(unsafe.Pointer(&cgroup_cg[0]), unsafe.Pointer(unsafe.StringData(cg)), uintptr(len(cg)))
	return unsafe.String(&cgroup_cg[0], len(cg)), version
}

// findCPUMountPoint is Go's FindCPUMountPoint (parseCPUMount): the directory of cgroup cg, the
// mount point of the first line of /proc/self/mountinfo of type cgroup2 (version 2) or of type
// cgroup with "cpu" in its super options (version 1) whose root is a path prefix of cg, followed
// by the rest of cg. It writes the directory's name to cgroup_dir and returns its length, or -1.
//
// A line is "ID PARENT MAJOR:MINOR ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER".
// Go parses every line. Only the lines of type cgroup or cgroup2 can match, so this looks for
// their separator first (indexByteString for the '-' of " - "), and parses the rest of a line
// only when its type fits. mountinfo escapes spaces in paths (\040), so " - " is nothing but the
// separator.
func findCPUMountPoint(cg string, version int) int {
	n := readscratch(unsafe.StringData("/proc/self/mountinfo\x00"))
	if n <= 0 {
		return -1
	}
	// s holds the NUL after the file too: the type's tests may read it, never past it.
	s := unsafe.String(&cgroup_scratch[0], n+1)
	for pos := 0; ; {
		i := indexByteString(s[pos:n], '-')
		if i < 0 || pos+i+9 > n { // "- cgroup2 " ends at the '-' + 9
			return -1
		}
		t := pos + i + 2 // the type
		pos = t - 1      // the next search starts after this '-'
		if t == 2 || s[t-3] != ' ' || s[t-1] != ' ' || s[t:t+6] != "cgroup" {
			continue
		}
		var eol int
		if version == 1 {
			// (9) cgroup, and "cpu" in (11), after (10) the source
			if s[t+6] != ' ' {
				continue
			}
			eol = lineEnd(s, t, n)
			j := indexByteString(s[t+7:eol], ' ')
			if j < 0 {
				return -1
			}
			if !containsCPU(s[t+7+j+1 : eol]) {
				pos = eol + 1
				continue
			}
		} else {
			// (9) cgroup2
			if s[t+6] != '2' || s[t+7] != ' ' {
				continue
			}
			eol = lineEnd(s, t, n)
		}
		// Back to the line's start; skip (1)-(3), then (4) the root and (5) the mount point.
		b := t
		for b > 0 && s[b-1] != '\n' {
			b--
		}
		line := s[b:eol]
		var root, mnt string
		for k := 0; k < 5; k++ {
			j := indexByteString(line, ' ')
			if j < 0 {
				return -1
			}
			root, mnt = mnt, line[:j]
			line = line[j+1:]
		}
		if !hasPathPrefix(cg, root) {
			pos = eol + 1
			continue
		}
		// Go: cut the root from cgroup; when the root is "/" but cgroup is not, keep all of it.
		rel := cg[len(root):]
		if len(root) == 1 && len(cg) > 1 {
			rel = cg
		}
		if hasPathPrefix(rel, "/..") {
			// Go: the cgroup is out of the current cgroup namespace, and this mount point
			// cannot reach it.
			pos = eol + 1
			continue
		}
		if len(mnt) >= cgroupPathMax {
			return -1
		}
		memmove(unsafe.Pointer(&cgroup_dir[0]), unsafe.Pointer(unsafe.StringData(mnt)), uintptr(len(mnt)))
		memmove(unsafe.Pointer(&cgroup_dir[len(mnt)]), unsafe.Pointer(unsafe.StringData(rel)), uintptr(len(rel)))
		return len(mnt) + len(rel)
	}
}

// hasPathPrefix is Go's hasPathPrefix: prefix is p's first path elements (a prefix of length
// 1, the root "/", holds everything).
func hasPathPrefix(p, prefix string) bool {
	i := len(prefix)
	if i == 1 {
		return true
	}
	if len(p) < i || p[:i] != prefix {
		return false
	}
	return len(p) == i || p[i] == '/'
}

// lineEnd returns the index of the first '\n' of s[i:end], or end.
func lineEnd(s string, i, end int) int {
	if j := indexByteString(s[i:end], '\n'); j >= 0 {
		return i + j
	}
	return end
}

// containsCPU is Go's containsCPU: is "cpu" one of the comma-separated items of b, which ends
// at a space or newline? ("cpu,cpuacct" yes, "cpuset" no.)
func containsCPU(b string) bool {
	for {
		i := 0
		for i < len(b) && b[i] != ',' && b[i] != ' ' && b[i] != '\n' {
			i++
		}
		if b[:i] == "cpu" {
			return true
		}
		if i == len(b) || b[i] != ',' {
			return false
		}
		b = b[i+1:]
	}
}

// setcgrouplimit keeps a limit for defaultGOMAXPROCS (a period <= 0 is none).
func setcgrouplimit(quota, period int) {
	if period <= 0 {
		return
	}
	cgroup_quota = quota
	cgroup_period = period
	cgroup_limit_milli = int(uint(quota*1000) / uint(period))
}

// defaultGOMAXPROCS is Go's defaultGOMAXPROCS: procs := ncpu; with a cgroup limit,
// limit = max(ceil(quota/period), 2); if limit < procs { procs = limit }. Go uses the cgroup
// only with GODEBUG containermaxprocs > 0 (cgroupOK): a module whose go line is older than
// 1.25 has containermaxprocs=0 by default. Sets gomaxprocs_why for RT0TRACE.
func defaultGOMAXPROCS(ncpu int) int {
	gomaxprocs_why = gomaxprocsWhyNCPU
	procs := ncpu
	if cgroup_period != 0 && debug.containermaxprocs > 0 {
		limit := uint(cgroup_quota+cgroup_period-1) / uint(cgroup_period)
		if limit < 2 {
			limit = 2
		}
		if limit < uint(procs) {
			procs = int(limit)
			gomaxprocs_why = gomaxprocsWhyCgroup
		}
	}
	return procs
}

// readscratch reads the file named by the NUL-terminated path into cgroup_scratch (at most
// cgroupScratchLen-1 bytes, NUL-terminated) and returns its length, or a result <= 0.
func readscratch(path *byte) int {
	fd := open(path, _O_RDONLY_CLOEXEC, 0)
	if fd < 0 {
		return int(fd)
	}
	n := 0
	for n < cgroupScratchLen-1 {
		r := read(fd, unsafe.Pointer(&cgroup_scratch[n]), int32(cgroupScratchLen-1-n))
		if r <= 0 {
			break
		}
		n += int(r)
	}
	closefd(fd)
	cgroup_scratch[n] = 0
	return n
}

// readnumber appends the NUL-terminated name to the directory name in cgroup_dir[:dir], reads
// that file and parses the decimal number at its start (parsenumber).
func readnumber(dir int, name string) (int, int, bool) {
	memmove(unsafe.Pointer(&cgroup_dir[dir]), unsafe.Pointer(unsafe.StringData(name)), uintptr(len(name)))
	if readscratch(&cgroup_dir[0]) <= 0 {
		return 0, 0, false
	}
	return parsenumber(0)
}

// parsenumber parses the number at cgroup_scratch[i:], which the NUL after the file ends: an
// optional '-' and one or more decimal digits, as Go's parseV1Number. It returns the value,
// the index after the digits, and whether there was a number.
func parsenumber(i int) (int, int, bool) {
	neg := cgroup_scratch[i] == '-'
	if neg {
		i++
	}
	if cgroup_scratch[i]-'0' > 9 {
		return 0, 0, false
	}
	v := 0
	for ; cgroup_scratch[i]-'0' <= 9; i++ {
		v = v*10 + int(cgroup_scratch[i]-'0')
	}
	if neg {
		v = -v
	}
	return v, i, true
}
