package dev.rt0gen.compare;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * Progress while a comparison runs: a progress bar on a terminal, plain lines otherwise (so
 * CI logs stay readable).
 */
public abstract class Progress implements AutoCloseable {
    public abstract void step(String what);

    public abstract void done(String what, String verdict);

    @Override
    public abstract void close();

    public static Progress start(int total, PrintWriter err) {
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("compare").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
            return new Progress() {
                @Override
                public void step(String what) {
                    bar.setExtraMessage(what);
                }

                @Override
                public void done(String what, String verdict) {
                    bar.step();
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
        return new Progress() {
            private int n;

            @Override
            public void step(String what) {
            }

            @Override
            public void done(String what, String verdict) {
                err.printf("compare [%d/%d] %s: %s%n", ++n, total, what, verdict);
                err.flush();
            }

            @Override
            public void close() {
            }
        };
    }
}
