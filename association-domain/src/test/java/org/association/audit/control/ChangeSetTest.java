package org.association.audit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    @Test
    void recordsTheFieldsThatDifferFromTheSnapshotAndNoOthers() {
        ChangeSet.Snapshot before = new ChangeSet.Snapshot().record("name", "李明", false).record("specialty", "全科医学", false)
                .record("pinned", false, false);
        ChangeSet.Snapshot after = new ChangeSet.Snapshot().record("name", "李明", false).record("specialty", "心血管内科", false)
                .record("pinned", true, false);

        Map<String, String[]> changes = before.changesTo(after);

        assertEquals(List.of("specialty", "pinned"), List.copyOf(changes.keySet()));
        assertArrayEquals(new String[] {"全科医学", "心血管内科"}, changes.get("specialty"));
        assertArrayEquals(new String[] {"false", "true"}, changes.get("pinned"));
        assertTrue(before.changesTo(before).isEmpty(), "no change, no fields");
    }

    @Test
    void aValueSetOrTakenAwayGoesFromOrToNull() {
        Map<String, String[]> changes = new ChangeSet.Snapshot().record("caption", null, false)
                .record("endOn", "2024-12-31", false)
                .changesTo(new ChangeSet.Snapshot().record("caption", "会议现场", false).record("endOn", null, false));

        assertArrayEquals(new String[] {null, "会议现场"}, changes.get("caption"));
        assertArrayEquals(new String[] {"2024-12-31", null}, changes.get("endOn"));
    }

    @Test
    void aLongTextChangedAtTheSameLengthCountsAndIsShownByItsLength() {
        String body = "a".repeat(ChangeSet.MAX_VALUE_LENGTH + 1);
        String edited = "b" + body.substring(1);

        Map<String, String[]> changes = new ChangeSet.Snapshot().record("body", body, false)
                .changesTo(new ChangeSet.Snapshot().record("body", edited, false));

        String shown = "(" + body.length() + " characters)";
        assertArrayEquals(new String[] {shown, shown}, changes.get("body"));
    }

    @Test
    void aSecretIsRecordedAsChangedWithoutItsValue() {
        ChangeSet.Snapshot before = new ChangeSet.Snapshot().record("passwordHash", "PBKDF2:old-hash", true);
        ChangeSet.Snapshot after = new ChangeSet.Snapshot().record("passwordHash", "PBKDF2:new-hash", true);

        assertArrayEquals(new String[] {"(hidden)", "(changed)"}, before.changesTo(after).get("passwordHash"));
        assertArrayEquals(new String[] {null, "(hidden)"}, new ChangeSet.Snapshot().changesTo(before).get("passwordHash"),
                "a first password is recorded as set, not shown");
        assertTrue(before.changesTo(new ChangeSet.Snapshot().record("passwordHash", "PBKDF2:old-hash", true)).isEmpty());
    }

    @Test
    void bytesAreComparedByContentAndCollectionsInAnyOrder() {
        byte[] file = {1, 2, 3};
        ChangeSet.Snapshot before = new ChangeSet.Snapshot().record("content", file, false)
                .record("roles", List.of("EDITOR", "ADMIN"), false);
        file[0] = 9;
        ChangeSet.Snapshot after = new ChangeSet.Snapshot().record("content", file, false)
                .record("roles", Set.of("ADMIN", "EDITOR"), false);

        Map<String, String[]> changes = before.changesTo(after);

        assertArrayEquals(new String[] {"(3 bytes)", "(3 bytes)"}, changes.get("content"), "the bytes changed in place");
        assertEquals(Set.of("content"), changes.keySet(), "the same roles in another order are no change");
    }

    @Test
    void somethingAddedHasEachFieldFromNothing() {
        assertArrayEquals(new String[] {null, "/backups/association-1"},
                ChangeSet.added(Map.of("folder", "/backups/association-1"))
                .get("folder"));
    }
}
