package dev.rt0gen.link;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channels end to end (runtime chan.go, select.go): small programs built and run with
 * GOMAXPROCS=1; stdout, stderr and the exit status as go1.26.8's binaries gave them (Go's stack
 * frames after the goroutine header left out: rt0gen prints none). The corpus (p100-p103)
 * covers the rest, against the Go toolchain itself.
 */
class ChanRunTest {
    @TempDir
    static Path dir;

    private static Runner.RunResult run(String name, String src) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("go.mod"), "module " + name + "\n\ngo 1.26\n");
        Files.writeString(d.resolve("main.go"), src);
        Path bin = d.resolve(name);
        Rt0gen.build(d, bin);
        return new NativeRunner().run(bin, List.of(), Map.of("GOMAXPROCS", "1"), Runner.Limits.NONE);
    }

    private static void check(String name, String src, int exit, String stdout, String stderr) throws Exception {
        Runner.RunResult r = run(name, src);
        assertThat(new String(r.stderr(), StandardCharsets.UTF_8)).as(name + " stderr").isEqualTo(stderr);
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).as(name + " stdout").isEqualTo(stdout);
        assertThat(r.exitCode()).as(name + " exit").isEqualTo(exit);
    }

    @Test
    void closeOfNilChannel() throws Exception {
        check("closeofnilchannel", """
package main

func main() {
	var c chan int
	println("closing")
	close(c)
}
""", 2, "", """
closing
panic: close of nil channel

goroutine 1 [running]:
""");
    }

    @Test
    void closeOfClosedChannel() throws Exception {
        check("closeofclosedchannel", """
package main

func main() {
	c := make(chan int, 1)
	close(c)
	v, ok := <-c
	println(v, ok)
	close(c)
}
""", 2, "", """
0 false
panic: close of closed channel

goroutine 1 [running]:
""");
    }

    @Test
    void makechanSizeOutOfRange() throws Exception {
        check("makechansizeoutofrange", """
package main

func size() int { return -1 }

func main() {
	c := make(chan int, 3)
	println(cap(c))
	d := make(chan int, size())
	println(cap(d))
}
""", 2, "", """
3
panic: makechan: size out of range

goroutine 1 [running]:
""");
    }

    @Test
    void selectSendOnClosedChannel() throws Exception {
        check("selectsendonclosedchannel", """
package main

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	close(b)
	select {
	case a <- 1:
	case b <- 2:
	}
}
""", 2, "", """
panic: send on closed channel

goroutine 1 [running]:
""");
    }

    @Test
    void deadlockInInitWithTheFinalizerGoroutine() throws Exception {
        check("deadlockininitwiththefinalizergoroutine", """
package main

import "os"

var c = make(chan int)

func g() {
	c <- 1
	println("g sent")
}

func init() {
	go g()
	<-c
	println("init got")
	<-c
}

func main() {
	os.Exit(0)
}
""", 2, "", """
g sent
init got
fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan receive, locked to thread]:
""");
    }

    @Test
    void runnextOrderOfWokenGoroutines() throws Exception {
        check("runnextorderofwokengoroutines", """
package main

var log string

func add(s string) { log += s }

func w(id string, c chan int, out chan string) {
	for v := range c {
		add(id)
		if v%3 == 0 {
			out <- id
		}
	}
	add("x" + id)
	out <- "done" + id
}

func blocker(c chan int, id string) {
	add("<" + id)
	v := <-c
	if v > 0 {
		add(">" + id)
	}
}

func main() {
	c := make(chan int)
	out := make(chan string, 100)
	go w("a", c, out)
	go w("b", c, out)
	go w("c", c, out)
	for i := 0; i < 20; i++ {
		c <- i
		add(".")
	}
	close(c)
	for i := 0; i < 3; i++ {
		for {
			s := <-out
			add(s)
			if len(s) > 1 {
				break
			}
		}
	}
	println(log)
	log = ""
	d := make(chan int)
	for i := 0; i < 5; i++ {
		go blocker(d, string(rune('0'+i)))
	}
	d <- 1
	add("|")
	d <- 2
	add("|")
	close(d)
	add("closed")
	for i := 0; i < 3; i++ {
		e := make(chan int, 2)
		go func2(e)
		e <- 1
		e <- 2
		e <- 3
		add("!")
	}
	println(log)
}

func func2(e chan int) {
	for i := 0; i < 3; i++ {
		add(string(rune('A' + <-e)))
	}
}

""", 0, "", """
c..cc..cc..cc..cc..cc..cc..cc..cc..cc..ccccccccxcdonecxadoneaxbdoneb
<4>4|<0>0|closedBCD!BCD!BCD!
""");
    }
}
