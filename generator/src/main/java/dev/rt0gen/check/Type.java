package dev.rt0gen.check;

import java.util.List;
import java.util.stream.Collectors;

/** The types of the subset: int, bool, string, their untyped constant kinds, tuples and signatures. */
public sealed interface Type {
    enum Basic implements Type {
        INT("int"), BOOL("bool"), STRING("string"),
        UNTYPED_INT("untyped int"), UNTYPED_BOOL("untyped bool"), UNTYPED_STRING("untyped string"),
        INVALID("invalid type");

        private final String name;

        Basic(String name) {
            this.name = name;
        }

        public boolean isUntyped() {
            return this == UNTYPED_INT || this == UNTYPED_BOOL || this == UNTYPED_STRING;
        }

        /** The type an untyped constant gets where no other type is asked for. */
        public Basic defaultType() {
            return switch (this) {
                case UNTYPED_INT -> INT;
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_STRING -> STRING;
                default -> this;
            };
        }

        public boolean isInteger() {
            return this == INT || this == UNTYPED_INT;
        }

        public boolean isBoolean() {
            return this == BOOL || this == UNTYPED_BOOL;
        }

        public boolean isString() {
            return this == STRING || this == UNTYPED_STRING;
        }

        /** Machine words in a value of this type: a string is pointer and length. */
        public int words() {
            return isString() ? 2 : 1;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The results of a call with several results. */
    record Tuple(List<Basic> types) implements Type {
        @Override
        public String toString() {
            return "(" + types.stream().map(Basic::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    record Signature(List<Basic> params, List<Basic> results) implements Type {
        public int paramWords() {
            return params.stream().mapToInt(Basic::words).sum();
        }

        public int resultWords() {
            return results.stream().mapToInt(Basic::words).sum();
        }

        @Override
        public String toString() {
            String s = "func(" + params.stream().map(Basic::toString).collect(Collectors.joining(", ")) + ")";
            if (results.size() == 1) return s + " " + results.get(0);
            if (results.size() > 1) return s + " " + new Tuple(results);
            return s;
        }
    }
}
