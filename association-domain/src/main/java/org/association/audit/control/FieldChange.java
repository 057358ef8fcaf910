package org.association.audit.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** One field of an audit entry: its value before and after the change (null for none). */
public record FieldChange(String field, String before, String after) implements Serializable {

    /** Looked up once: Json.createReader looks the provider up with a ServiceLoader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The fields of an entry's changes as {@link ChangeSet} wrote them, in their order. */
    public static List<FieldChange> parse(String json) {
        List<FieldChange> changes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((field, value) -> {
                JsonArray pair = value.asJsonArray();
                changes.add(new FieldChange(field, text(pair.get(0)), text(pair.get(1))));
            });
        }
        return changes;
    }

    private static String text(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? null : ((jakarta.json.JsonString) value).getString();
    }
}
