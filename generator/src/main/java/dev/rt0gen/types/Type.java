package dev.rt0gen.types;

/**
 * A Go type, as go/types and types2 model it: shared by the checker, lowering and code
 * generation. Types are compared with {@link Types#identical}, never with {@code equals}: a
 * {@link Named} type is identical only to itself, {@code byte} is identical to {@code uint8}.
 * {@link #toString} is Go's type string (types2's TypeString), the form error messages use.
 */
public sealed interface Type permits Basic, Named, Pointer, Array, Slice, Struct, Map, Chan, Signature, Interface, Tuple {
    /** The underlying type: a named type's type literal or basic type; any other type itself. */
    default Type underlying() {
        return this;
    }
}
