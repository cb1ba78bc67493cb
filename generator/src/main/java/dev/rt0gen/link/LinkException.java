package dev.rt0gen.link;

import java.util.List;

/** The units cannot be linked: undefined or duplicate symbols, or text Keystone rejects. */
public final class LinkException extends Exception {
    private final List<String> problems;

    public LinkException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public LinkException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
