package org.association.audit.control;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.association.common.VersionedEntity;

/**
 * The fields in which two states of one entity differ, as display strings: {field: [before, after]}.
 * Reads through getters, so lazy relations of managed entities are loaded rather than seen as null.
 * Large text is recorded by its length; bookkeeping fields (id, version, stamps) and {@link Secret} ones are left out.
 */
public final class ChangeSet {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy");
    /** Longer values are recorded as their length: the audit log is not a copy of every article body. */
    static final int MAX_VALUE_LENGTH = 500;

    private ChangeSet() {
    }

    /** Differences between {@code before} (null for a new record) and {@code after}. */
    public static <T> Map<String, String[]> between(EntityType<T> type, T before, T after) {
        Map<String, PropertyDescriptor> properties = properties(type.getJavaType());
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (Attribute<? super T, ?> attribute : type.getAttributes()) {
            String name = attribute.getName();
            PropertyDescriptor property = properties.get(name);
            if (BOOKKEEPING.contains(name) || property == null || property.getReadMethod() == null || !isRecorded(attribute)
                    || isSecret(attribute)) {
                continue;
            }
            String old = before == null ? null : display(read(property.getReadMethod(), before));
            String now = display(read(property.getReadMethod(), after));
            if (!Objects.equals(old, now)) {
                changes.put(name, new String[] {old, now});
            }
        }
        return changes;
    }

    private static boolean isSecret(Attribute<?, ?> attribute) {
        return attribute.getJavaMember() instanceof Field field && field.isAnnotationPresent(Secret.class);
    }

    private static boolean isRecorded(Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute) {
            return true;
        }
        // element collections (an account's roles) yes; one-to-many children (attachments) have their own entries
        return attribute instanceof PluralAttribute<?, ?, ?> plural
                && plural.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION;
    }

    static String display(Object value) {
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
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE_LENGTH ? "(" + text.length() + " characters)" : text;
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
