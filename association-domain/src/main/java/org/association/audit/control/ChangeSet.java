package org.association.audit.control;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.association.common.Secret;
import org.association.common.VersionedEntity;

/**
 * The fields in which two states of one entity differ, as display strings: {field: [before, after]}.
 * Reads through getters, so lazy relations of managed entities are loaded rather than seen as null.
 * Large text is recorded by its length, secrets only as changed, and bookkeeping fields (id, version, stamps) are left out.
 */
public final class ChangeSet {

    /** Fields that follow from the recorded ones (an account's credential stamp moves with its roles and password). */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "credentialStamp");
    /** Longer values are recorded as their length: the audit log is not a copy of every article body. */
    static final int MAX_VALUE_LENGTH = 500;
    /** What the log shows of a {@link Secret} field: that it had a value, and that it has another one now. */
    static final String HIDDEN = "(hidden)";
    static final String CHANGED = "(changed)";

    private ChangeSet() {
    }

    /** Differences between {@code before} (null for a new record) and {@code after} (null for a deleted one). */
    public static <T> Map<String, String[]> between(EntityType<T> type, T before, T after) {
        return snapshot(type, before).changesTo(snapshot(type, after));
    }

    /** The fields of something made that is no entity (a backup): each from nothing to its value. */
    public static Map<String, String[]> added(Map<String, String> values) {
        return new Snapshot().changesTo(Snapshot.of(values));
    }

    /**
     * The recorded fields of an entity as they are now (none for null), to compare with its state after
     * a change: a managed entity is changed in place, so there is no other copy to compare it with.
     */
    public static <T> Snapshot snapshot(EntityType<T> type, T entity) {
        Snapshot snapshot = new Snapshot();
        if (entity == null) {
            return snapshot;
        }
        Map<String, PropertyDescriptor> properties = properties(type.getJavaType());
        for (Attribute<? super T, ?> attribute : type.getAttributes()) {
            String name = attribute.getName();
            PropertyDescriptor property = properties.get(name);
            if (BOOKKEEPING.contains(name) || property == null || property.getReadMethod() == null || !isRecorded(attribute)) {
                continue;
            }
            snapshot.record(name, read(property.getReadMethod(), entity), isSecret(attribute));
        }
        return snapshot;
    }

    /** One state of a record's fields, each as compared and as shown; see {@link #snapshot}. */
    public static final class Snapshot {

        private final Map<String, Value> values = new LinkedHashMap<>();

        /** A state given as display strings by field, for values that are recorded in a form of their own (import cells). */
        public static Snapshot of(Map<String, String> values) {
            Snapshot snapshot = new Snapshot();
            values.forEach((field, value) -> snapshot.values.put(field, new Value(value, value, false)));
            return snapshot;
        }

        /** Adds a field's value: an entity by its id, a collection sorted, a byte array by its size, a secret hidden. */
        Snapshot record(String field, Object value, boolean secret) {
            values.put(field, secret ? Value.secret(value) : Value.of(value));
            return this;
        }

        /** The fields that differ in {@code after}, in this snapshot's order and then the new ones': {field: [before, after]}. */
        public Map<String, String[]> changesTo(Snapshot after) {
            Set<String> fields = new LinkedHashSet<>(values.keySet());
            fields.addAll(after.values.keySet());
            Map<String, String[]> changes = new LinkedHashMap<>();
            for (String field : fields) {
                Value old = values.getOrDefault(field, Value.NONE);
                Value now = after.values.getOrDefault(field, Value.NONE);
                if (!Objects.equals(old.compared(), now.compared())) {
                    // a secret shows no value: only that it had one, and another one now
                    String shownNow = now.secret() && old.compared() != null && now.compared() != null ? CHANGED : now.shown();
                    changes.put(field, new String[] {old.shown(), shownNow});
                }
            }
            return changes;
        }
    }

    /**
     * A field's value as compared (all of it, so that a long text changed at equal length still counts)
     * and as the log shows it. A {@link Secret}'s value is compared only, and never leaves its snapshot.
     */
    private record Value(Object compared, String shown, boolean secret) {

        static final Value NONE = new Value(null, null, false);

        static Value of(Object value) {
            if (value instanceof byte[] bytes) {
                return new Value(ByteBuffer.wrap(bytes.clone()), "(" + bytes.length + " bytes)", false);
            }
            String full = full(value);
            return new Value(full, shortened(full), false);
        }

        static Value secret(Object value) {
            return new Value(value, value == null ? null : HIDDEN, true);
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    private static boolean isSecret(Attribute<?, ?> attribute) {
        return attribute.getJavaMember() instanceof AnnotatedElement member && member.isAnnotationPresent(Secret.class);
    }

    private static boolean isRecorded(Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute) {
            return true;
        }
        // element collections (an account's roles) yes; one-to-many children (attachments) have their own entries
        return attribute instanceof PluralAttribute<?, ?, ?> plural
                && plural.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION;
    }

    private static String full(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof VersionedEntity entity) {
            return "#" + entity.getId();
        }
        if (value instanceof Collection<?> collection) {
            Set<String> sorted = new TreeSet<>();
            collection.forEach(element -> sorted.add(String.valueOf(element)));
            return String.join(",", sorted);
        }
        return String.valueOf(value);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_VALUE_LENGTH ? text : "(" + text.length() + " characters)";
    }

    private static Map<String, PropertyDescriptor> properties(Class<?> type) {
        try {
            Map<String, PropertyDescriptor> byName = new LinkedHashMap<>();
            for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                byName.put(descriptor.getName(), descriptor);
            }
            return byName;
        } catch (IntrospectionException e) {
            throw new IllegalStateException("cannot read the properties of " + type, e);
        }
    }

    private static Object read(Method getter, Object entity) {
        try {
            return getter.invoke(entity);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter + " for the audit log", e);
        }
    }
}
