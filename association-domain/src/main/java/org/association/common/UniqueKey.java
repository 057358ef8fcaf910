package org.association.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The field that a unique constraint of the schema guards, with the constraint's name as the migrations
 * give it: when the database refuses a row for that constraint, the user is told the field is taken.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueKey {

    /** The constraint's name in the schema, e.g. MEMBER_NUMBER_UQ. */
    String value();

    /** Reads the declarations. */
    final class Declarations {

        private Declarations() {
        }

        /** The constraint names the classes (and their superclasses) declare, upper case, with the field each guards. */
        public static Map<String, String> of(Collection<? extends Class<?>> types) {
            Map<String, String> fields = new HashMap<>();
            for (Class<?> type : types) {
                for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                    for (Field field : level.getDeclaredFields()) {
                        UniqueKey key = field.getAnnotation(UniqueKey.class);
                        if (key != null) {
                            fields.put(key.value().toUpperCase(Locale.ROOT), field.getName());
                        }
                    }
                }
            }
            return fields;
        }
    }
}
