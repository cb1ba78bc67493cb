package dev.rt0gen.check;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channels and select: programs with errors and what gc (go 1.26.8, go build) printed for them,
 * recorded verbatim (as CheckerGcParityTest): types2's chanElem, close, range, select-case
 * and comma-ok messages.
 */
class ChanCheckTest {
    @Test
    void gc_chan1() {
        assertThat(Programs.errors("""
package main

type IntChan chan int

func main() {
	var s chan<- int
	var r <-chan int
	x := 1
	<-s
	r <- 1
	x <- 1
	<-x
	close(r)
	close(x)
	for range s {
	}
	for a, b := range r {
		_, _ = a, b
	}
	var c IntChan = make(IntChan)
	c <- "a"
}
"""))
                .isEqualTo("""
./main.go:9:4: invalid operation: cannot receive from send-only channel chan<- int s (variable of type chan<- int)
./main.go:10:2: invalid operation: cannot send to receive-only channel <-chan int r (variable of type <-chan int)
./main.go:11:2: invalid operation: cannot send to non-channel int x (variable of type int)
./main.go:12:4: invalid operation: cannot receive from non-channel int x (variable of type int)
./main.go:13:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
./main.go:14:8: invalid operation: cannot close non-channel x (variable of type int)
./main.go:15:12: cannot range over s (variable of type chan<- int): receive from send-only channel chan<- int
./main.go:17:9: range over r (variable of type <-chan int) permits only one iteration variable
./main.go:21:7: cannot use "a" (untyped string constant) as int value in send
""");
    }

    @Test
    void gc_chan2() {
        assertThat(Programs.errors("""
package main

func main() {
	var s chan<- int
	var r <-chan int
	x := 1
	var c chan int = make(chan int)
	var d chan string
	d = c
	s = c
	r = c
	select {
	case x = 5:
	default:
	default:
	}
	var v string
	var ok int
	v, ok = <-c
	_, _, _, _ = s, r, v, ok
	c = s
	y, z := <-c, 1
	w, u := <-c
	_, _, _, _ = y, z, w+1, u+1
	close(1)
}
"""))
                .isEqualTo("""
./main.go:6:2: declared and not used: x
./main.go:8:6: declared and not used: d
./main.go:9:6: cannot use c (variable of type chan int) as chan string value in assignment
./main.go:13:7: select case must be send or receive (possibly with assignment)
./main.go:15:2: multiple defaults (first at ./main.go:14:2)
./main.go:19:10: cannot use <-c (comma, ok expression of type int) as string value in assignment
./main.go:19:10: cannot use <-c (untyped bool value) as int value in assignment
./main.go:21:6: cannot use s (variable of type chan<- int) as chan int value in assignment
./main.go:24:26: invalid operation: u + 1 (mismatched types bool and untyped int)
./main.go:25:8: invalid operation: cannot close non-channel 1 (untyped int constant)
./main.go:8:6: too many errors
""");
    }
}
