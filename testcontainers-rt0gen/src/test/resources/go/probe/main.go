// probe reports what it sees of its sandbox, one "key=value" line each on stdout, so that a
// test can check every hardening default of Rt0genContainer; it exits with $PROBE_EXIT.
package main

import (
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	fmt.Printf("args=%s\n", strings.Join(os.Args[1:], ","))
	fmt.Printf("uid=%d gid=%d\n", os.Getuid(), os.Getgid())
	f, err := os.Create("/probe")
	if err == nil {
		f.Close()
	}
	fmt.Printf("rootfs-writable=%v\n", err == nil)
	status, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(l, "CapEff:") || strings.HasPrefix(l, "NoNewPrivs:") || strings.HasPrefix(l, "Seccomp:") {
			k, v, _ := strings.Cut(l, ":")
			fmt.Printf("%s=%s\n", k, strings.TrimSpace(v))
		}
	}
	ifs, _ := net.Interfaces()
	var names []string
	for _, i := range ifs {
		names = append(names, i.Name)
	}
	fmt.Printf("interfaces=%s\n", strings.Join(names, ","))
	fmt.Printf("numcpu=%d\n", runtime.NumCPU())
	fmt.Printf("mem=%s\n", first("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory.max"))
	fmt.Printf("pids=%s\n", first("/sys/fs/cgroup/pids/pids.max", "/sys/fs/cgroup/pids.max"))
	fmt.Printf("cpuquota=%s\n", first("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu.max"))
	fmt.Printf("env=%s\n", os.Getenv("PROBE_ENV"))
	fmt.Fprintln(os.Stderr, "probe: done")
	code, _ := strconv.Atoi(os.Getenv("PROBE_EXIT"))
	os.Exit(code)
}

// first returns the trimmed content of the first of these files that can be read.
func first(paths ...string) string {
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			return strings.TrimSpace(string(b))
		}
	}
	return "?"
}
