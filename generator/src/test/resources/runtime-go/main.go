package main

// main.go: unit tests of the runtime's machine-independent Go (runtime1.go, env_posix.go,
// cgroup_linux.go, os_linux.go), run over shim.go's stand-ins for the assembly: GODEBUG and
// GOMAXPROCS parsing, GOMEMLIMIT's, the environment, the cgroup files, the CPU count, the process's
// initial stack (args, sysargs, sysauxv, osinit). RuntimeGoUnitTest
// builds this with rt0gen and compares with expected.txt, which is what gc's build of the same
// files prints (`go run .` in a directory holding them: see RuntimeGoUnitTest).

import "unsafe"

func main() {
	testParseInt32()
	testParseByteCount()
	testParsegodebug()
	testEnv()
	testContainsCPU()
	testCgroup()
	testProcCount()
	testArgs()
}

func testParseInt32() {
	for _, s := range []string{"", "0", "1", "+1", "-1", "+", "-", "+-1", "--1", "2147483647", "2147483648",
		"-2147483648", "-2147483649", "0x10", " 1", "1 ", "1_0", "99999999999999999999", "007", "-0", "12a", "a"} {
		n, ok := parseInt32(s)
		println("parseInt32", "["+s+"]", n, ok)
	}
}

// testParseByteCount: GOMEMLIMIT's values (mgc.go's readGOMEMLIMIT); parseInt64 is
// strconv.ParseInt(s, 10, 64).
func testParseByteCount() {
	for _, s := range []string{"", "0", "1", "+1", "-1", "-0", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999", "0x10", "1_0", " 1", "1 ", "12a"} {
		n, ok := parseInt64(s)
		println("parseInt64", "["+s+"]", n, ok)
	}
	for _, s := range []string{"", "0", "1", "1B", "B", "iB", "KiB", "1KiB", "1KB", "1kiB", "1Ki", "1K", "10MiB",
		"3GiB", "2TiB", "1PiB", "1.5GiB", "+5MiB", "-5MiB", "-0B", " 5MiB", "5MiB ", "8388607TiB", "8388608TiB",
		"8589934592GiB", "18014398509481984TiB", "9223372036854775807B", "9223372036854775808B", "off", "1iB"} {
		n, ok := parseByteCount(s)
		println("parseByteCount", "["+s+"]", n, ok)
	}
}

func testParsegodebug() {
	for _, def := range []string{"", "containermaxprocs=0,updatemaxprocs=0"} {
		for _, env := range []string{"", "inittrace=1", "inittrace=1,panicnil=1", "containermaxprocs=0,containermaxprocs=2",
			"x=1,inittrace", "inittrace=+5,updatemaxprocs=-3", ",,inittrace=7,", "inittrace=1=2", "inittrace=",
			"inittrace=2147483648", "panicnil=1 ", "INITTRACE=1", "updatemaxprocs=0,=1,panicnil=-2147483648"} {
			debug.inittrace, debug.containermaxprocs, debug.updatemaxprocs, debug.panicnil = 9, 9, 9, 9
			godebugDefault = def
			envs = []string{"GODEBUG=" + env}
			parsedebugvars()
			println("godebug", "["+def+"]", "["+env+"]", debug.inittrace, debug.containermaxprocs, debug.updatemaxprocs, debug.panicnil)
		}
	}
}

func testEnv() {
	argv = cvector([]string{"./prog", "-x", ""})
	argc = 3
	envList := []string{"A=1", "GOMAXPROCS=4", "EMPTY=", "NOEQ", "=x", "AB=2", "A=3", "RT0TRACE=1", "GOMAXPROCS2=5"}
	envp = cvector(envList)
	envc = len(envList)
	goargs()
	goenvs()
	println("args", len(argslice), argslice[0], argslice[1], "["+argslice[2]+"]")
	println("envs", len(envs), envs[0], envs[8])
	for _, k := range []string{"A", "AB", "GOMAXPROCS", "EMPTY", "NOEQ", "", "B", "GOMAXPROCS2", "RT0TRACE", "A=1"} {
		v := gogetenv(k)
		r := rawgetenv(k)
		rs := "nil"
		if r != nil {
			rs = "[" + gostringnocopy(r) + "]"
		}
		println("getenv", "["+k+"]", "["+v+"]", rs)
	}
	for _, v := range []string{"1", "0", "00", "x", "", "-1", "+0", "2147483648"} {
		envp = cvector([]string{"RT0TRACEX=1", "RT0TRACE=" + v})
		rt0trace = false
		rt0trace_init()
		println("rt0trace", "["+v+"]", rt0trace)
	}
	envp = cvector([]string{"PATH=/bin"})
	rt0trace = false
	rt0trace_init()
	println("rt0trace unset", rt0trace)
}

func gostringnocopy(p *byte) string {
	b := []byte{}
	for i := 0; ; i++ {
		c := *(*byte)(unsafeAdd(p, i))
		if c == 0 {
			return string(b)
		}
		b = append(b, c)
	}
}

func testContainsCPU() {
	for _, s := range []string{"cpu", "cpu,cpuacct", "cpuacct,cpu", "cpuset", "cpu ", "", ",cpu", "cpu\n", "cp", "cpuacct", "memory,cpu x", "x,cpu,y", "cpux,cpu", "cpu,"} {
		println("containsCPU", "["+s+"]", containsCPU(s))
	}
}

const mountV1 = `22 26 0:20 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
25 30 0:23 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
28 25 0:26 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:11 - cgroup cgroup rw,memory
29 25 0:27 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:12 - cgroup cgroup rw,cpu,cpuacct
30 25 0:28 / /sys/fs/cgroup/cpuset rw,nosuid,nodev,noexec,relatime shared:13 - cgroup cgroup rw,cpuset
`

const mountV2 = `22 26 0:20 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
35 22 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate
`

const mountV2Nested = `1500 1400 0:30 /user.slice /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw
1501 1400 0:31 /user.slicex /mnt/x rw,nosuid - cgroup2 cgroup2 rw
`

type cgroupCase struct {
	name  string
	files map[string]string
}

func testCgroup() {
	cases := []cgroupCase{
		{"none", map[string]string{}},
		{"no-mountinfo", map[string]string{"/proc/self/cgroup": "0::/\n"}},
		{"v2-max", map[string]string{"/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/cpu.max": "max 100000\n"}},
		{"v2-1.5", map[string]string{"/proc/self/cgroup": "0::/a/b\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/a/b/cpu.max": "150000 100000\n"}},
		{"v2-0.5", map[string]string{"/proc/self/cgroup": "0::/a\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/a/cpu.max": "50000 100000\n"}},
		{"v2-6", map[string]string{"/proc/self/cgroup": "0::/a\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/a/cpu.max": "600000 100000\n"}},
		{"v2-nested", map[string]string{"/proc/self/cgroup": "0::/user.slice/u.scope\n", "/proc/self/mountinfo": mountV2Nested,
			"/sys/fs/cgroup/u.scope/cpu.max": "300000 100000\n"}},
		{"v2-nested-root", map[string]string{"/proc/self/cgroup": "0::/user.slice\n", "/proc/self/mountinfo": mountV2Nested,
			"/sys/fs/cgroup/cpu.max": "250000 100000\n"}},
		{"v2-no-match", map[string]string{"/proc/self/cgroup": "0::/other\n", "/proc/self/mountinfo": mountV2Nested}},
		{"v2-bad-max", map[string]string{"/proc/self/cgroup": "0::/\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/cpu.max": "150000\n"}},
		{"v1", map[string]string{"/proc/self/cgroup": "12:memory:/m\n4:cpu,cpuacct:/docker/abc\n0::/\n", "/proc/self/mountinfo": mountV1,
			"/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "250000\n", "/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us": "100000\n"}},
		{"v1-unlimited", map[string]string{"/proc/self/cgroup": "4:cpu,cpuacct:/\n", "/proc/self/mountinfo": mountV1,
			"/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us": "-1\n", "/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us": "100000\n"}},
		{"v1-cpuset-only", map[string]string{"/proc/self/cgroup": "3:cpuset:/\n", "/proc/self/mountinfo": mountV1}},
		{"v1-over-v2", map[string]string{"/proc/self/cgroup": "0::/\n4:cpu,cpuacct:/\n", "/proc/self/mountinfo": mountV1 + mountV2,
			"/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us": "100000\n", "/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us": "100000\n"}},
		{"v2-outside-namespace", map[string]string{"/proc/self/cgroup": "0::/../../init\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/../../init/cpu.max": "150000 100000\n"}},
		{"v2-dotdot-name", map[string]string{"/proc/self/cgroup": "0::/..x/y\n", "/proc/self/mountinfo": mountV2,
			"/sys/fs/cgroup/..x/y/cpu.max": "150000 100000\n"}},
		{"v2-no-cpu-max", map[string]string{"/proc/self/cgroup": "0::/a\n", "/proc/self/mountinfo": mountV2}},
		{"v1-no-cpu-mount", map[string]string{"/proc/self/cgroup": "4:cpu,cpuacct:/\n", "/proc/self/mountinfo": mountV2}},
		{"malformed", map[string]string{"/proc/self/cgroup": "garbage\n0::/\n", "/proc/self/mountinfo": mountV2}},
	}
	for _, c := range cases {
		files = c.files
		cgroup_path, cgroup_quota, cgroup_period, cgroup_limit_milli = nil, 0, 0, 0
		defaultGOMAXPROCSInit()
		path := "nil"
		if cgroup_path != nil {
			path = gostringnocopy(cgroup_path)
		}
		println("cgroup", c.name, path, cgroup_quota, cgroup_period, cgroup_limit_milli)
		for _, cmp := range []int{1, 0} {
			debug.containermaxprocs = cmp
			for _, ncpu := range []int{1, 2, 4, 8} {
				procs := defaultGOMAXPROCS(ncpu)
				println("  containermaxprocs", cmp, "ncpu", ncpu, "->", procs, gomaxprocs_why)
			}
		}
	}
}

func testProcCount() {
	for _, m := range [][]byte{{}, {1, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		{0x0f, 0, 0, 0, 0, 0, 0, 0x80, 1, 0, 0, 0, 0, 0, 0, 0}, make([]byte, 0x400)} {
		affinity = m
		if len(m) == 0x400 {
			m[0], m[0x3ff] = 3, 0x81
		}
		println("getproccount", len(m), getproccount())
	}
	for _, x := range []uint64{0, 1, 0x8000000000000000, 0xffffffffffffffff, 0x5555555555555555, 0x0123456789abcdef} {
		println("onesCount64", x, onesCount64(x))
	}
}

// testArgs lays out what the kernel leaves on the stack after argc (argv, nil, envp, nil, the
// auxiliary vector up to AT_NULL) and runs rt0_go's args and osinit over it.
func testArgs() {
	strs := []*byte{cstr("./prog"), cstr("a"), cstr("B=1"), cstr("RT0TRACE=1"), cstr("0123456789abcdef")}
	w := func(i int) uintptr { return uintptr(unsafe.Pointer(strs[i])) }
	for _, pagesz := range []uintptr{0, 0x10000} {
		for _, env := range [][]uintptr{{}, {w(2)}, {w(2), w(3)}} {
			v := []uintptr{w(0), w(1), 0}
			v = append(v, env...)
			v = append(v, 0, 33, 0x7fff, 25, w(4))
			if pagesz != 0 {
				v = append(v, 6, pagesz)
			}
			v = append(v, 0, 0, 6, 0x1234) // a pair after AT_NULL is not read
			physPageSize, startupRand, rt0trace = 0, nil, false
			args(2, (**byte)(unsafe.Pointer(&v[0])))
			println("args", argc, envc, uintptr(unsafe.Pointer(envp))-uintptr(unsafe.Pointer(&v[0])),
				uintptr(auxv)-uintptr(unsafe.Pointer(&v[0])), physPageSize, uintptr(startupRand) == w(4), rt0trace)
			affinity = []byte{7, 0, 0, 0, 0, 0, 0, 0}
			osinit()
			println("osinit", ncpu, physPageSize)
		}
	}
}
