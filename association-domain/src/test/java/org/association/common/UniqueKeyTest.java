package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every unique constraint of the schema is declared by the entity field it guards, in the feature that owns it. */
class UniqueKeyTest {

    private static final Pattern UNIQUE_CONSTRAINT = Pattern.compile("CONSTRAINT\\s+(\\w+)\\s+UNIQUE", Pattern.CASE_INSENSITIVE);

    @Test
    void theMigrationsUniqueConstraintsAreAllDeclaredByEntities() throws IOException, URISyntaxException {
        Set<String> inSchema = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(mainClasses().resolve("db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher constraint = UNIQUE_CONSTRAINT.matcher(Files.readString(migration, StandardCharsets.UTF_8));
                while (constraint.find()) {
                    inSchema.add(constraint.group(1).toUpperCase());
                }
            }
        }
        assertFalse(inSchema.isEmpty(), "the migrations were read");

        Map<String, String> declared = UniqueKey.Declarations.of(entities());

        assertEquals(inSchema, new TreeSet<>(declared.keySet()));
        assertEquals("memberNumber", declared.get("MEMBER_NUMBER_UQ"));
        assertEquals("slug", declared.get("ARTICLE_CHANNEL_SLUG_UQ"));
    }

    /** The entity classes compiled from the main sources. */
    private static List<Class<?>> entities() throws URISyntaxException, IOException {
        Path classes = mainClasses();
        try (Stream<Path> files = Files.walk(classes.resolve("org/association"))) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(UniqueKeyTest::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .<Class<?>>map(type -> type)
                    .toList();
        }
    }

    /** Where the main sources' classes and resources (the migrations) were built to. */
    private static Path mainClasses() throws URISyntaxException {
        return Path.of(EntityStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, UniqueKeyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
