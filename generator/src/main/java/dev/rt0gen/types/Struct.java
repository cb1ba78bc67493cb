package dev.rt0gen.types;

import java.util.List;

/** {@code struct{ fields }}, fields in declaration order. */
public record Struct(List<Field> fields) implements Type {
    /**
     * A field. {@code pkg} is the declaring package's path: two unexported names are the same
     * only within one package. {@code embedded}: declared by its type alone ({@code struct{ T }}).
     */
    public record Field(String name, Type type, boolean embedded, String pkg, String tag) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        }
    }

    public Struct {
        fields = List.copyOf(fields);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("struct{");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (i > 0) sb.append("; ");
            if (!f.embedded()) sb.append(f.name()).append(' ');
            sb.append(f.type());
            if (f.tag() != null && !f.tag().isEmpty()) sb.append(' ').append(dev.rt0gen.source.Strconv.quote(f.tag()));
        }
        return sb.append('}').toString();
    }
}
