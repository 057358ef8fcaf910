package org.association.membership.control;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.association.membership.entity.Member;

/**
 * What importing a file would do, row by row, before anything is saved. Each row is matched to stored
 * members by its member number, credit code and licence number, and is
 * <ul>
 * <li>NEW when it matches none and its member is valid;</li>
 * <li>UPDATE or UNCHANGED when it matches exactly one and the result is valid: only the file's columns are
 * compared and changed, so a file of numbers and phones updates phones; an empty cell clears a value,
 * except that a member number is never taken away;</li>
 * <li>ERROR when a cell is bad, the result breaks a Bean Validation constraint, a key repeats an earlier
 * row's, the keys match two different members, or the row would change a member's number or kind.</li>
 * </ul>
 * One pass with hash lookups: the cost is the validation of each row, not the number of rows squared.
 */
public final class ImportPreview {

    private final List<ClassifiedRow> rows;
    private final Map<ImportOutcome, Integer> counts;

    private ImportPreview(List<ClassifiedRow> rows) {
        this.rows = List.copyOf(rows);
        Map<ImportOutcome, Integer> counted = new EnumMap<>(ImportOutcome.class);
        for (ImportOutcome outcome : ImportOutcome.values()) {
            counted.put(outcome, 0);
        }
        rows.forEach(row -> counted.merge(row.outcome(), 1, Integer::sum));
        this.counts = Collections.unmodifiableMap(counted);
    }

    /**
     * @param validator validates the members as they would be saved; its messages, in its locale, become
     *                  the arguments of {@code import.constraint}
     */
    public static ImportPreview of(ImportFile file, MemberLookups lookups, Validator validator) {
        Classifier classifier = new Classifier(file.columns(), lookups, validator);
        return new ImportPreview(file.rows().stream().map(classifier::classify).toList());
    }

    /** Every row, in file order. */
    public List<ClassifiedRow> rows() {
        return rows;
    }

    /** The rows of one outcome, e.g. ERROR for the problems to show first. */
    public List<ClassifiedRow> rows(ImportOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).toList();
    }

    /** The number of rows of each outcome, zeros included. */
    public Map<ImportOutcome, Integer> counts() {
        return counts;
    }

    private static final class Classifier {

        /** The file's columns, in MemberColumn order, so that lists of changes come in one order. */
        private final Set<MemberColumn> columns;
        private final MemberLookups lookups;
        private final Validator validator;
        /** For each key column, the first row that had each value. */
        private final Map<MemberColumn, Map<String, Integer>> firstRows = new EnumMap<>(MemberColumn.class);

        Classifier(List<MemberColumn> columns, MemberLookups lookups, Validator validator) {
            this.columns = EnumSet.copyOf(columns);
            this.lookups = lookups;
            this.validator = validator;
            MemberColumn.KEYS.forEach(key -> firstRows.put(key, new HashMap<>()));
        }

        ClassifiedRow classify(ImportRow row) {
            // keys of rows with errors count too: fixing the earlier row would not make the later one right
            List<RowError> errors = new ArrayList<>(row.errors());
            for (MemberColumn key : MemberColumn.KEYS) {
                String value = row.value(key);
                Integer first = value == null ? null : firstRows.get(key).putIfAbsent(value, row.rowNumber());
                if (first != null) {
                    errors.add(RowError.of(key, "import.duplicateInFile", value, first));
                }
            }
            if (!errors.isEmpty()) {
                return error(row, null, errors);
            }
            List<Member> matches = MemberColumn.KEYS.stream()
                    .map(key -> Optional.ofNullable(row.value(key)).flatMap(value -> lookups.find(key, value)))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            if (matches.size() > 1) {
                return error(row, null,
                        List.of(RowError.of(null, "import.ambiguousMatch", describe(matches.get(0)), describe(matches.get(1)))));
            }
            Member member = row.member();
            if (matches.isEmpty()) {
                return validated(row, ImportOutcome.NEW, null, List.of(), member);
            }
            Member existing = matches.get(0);
            String number = member.getMemberNumber();
            if (number != null && existing.getMemberNumber() != null && !number.equals(existing.getMemberNumber())) {
                // found by credit code or licence number, but the file gives it another number
                return error(row, existing,
                        List.of(RowError.of(MemberColumn.MEMBER_NUMBER, "import.memberNumberMismatch", describe(existing))));
            }
            if (member.getKind() != existing.getKind()) {
                return error(row, existing, List.of(RowError.of(MemberColumn.KIND, "import.kindChanged", describe(existing))));
            }
            List<MemberColumn> changes = columns.stream()
                    .filter(column -> column != MemberColumn.MEMBER_NUMBER || number != null)
                    .filter(column -> !Objects.equals(column.get(member), column.get(existing)))
                    .toList();
            if (changes.isEmpty()) {
                return new ClassifiedRow(row, ImportOutcome.UNCHANGED, existing, List.of(), List.of());
            }
            return validated(row, ImportOutcome.UPDATE, existing, changes, merged(existing, member, changes));
        }

        private ClassifiedRow validated(ImportRow row, ImportOutcome outcome, Member existing, List<MemberColumn> changes,
                Member result) {
            List<RowError> violations = validator.validate(result).stream()
                    .map(violation -> new RowError(violation.getPropertyPath().toString(), "import.constraint",
                    List.of(violation.getMessage())))
                    .sorted(Comparator.comparing(RowError::field).thenComparing(error -> error.arguments().toString()))
                    .toList();
            return violations.isEmpty() ? new ClassifiedRow(row, outcome, existing, changes, List.of())
                    : error(row, existing, violations);
        }

        private static ClassifiedRow error(ImportRow row, Member existing, List<RowError> errors) {
            return new ClassifiedRow(row, ImportOutcome.ERROR, existing, List.of(), errors);
        }

        /** The stored member as the update would leave it, built apart so that validating it changes nothing stored. */
        private static Member merged(Member existing, Member imported, List<MemberColumn> changes) {
            Member merged = new Member(existing.getKind(), existing.getName());
            for (MemberColumn column : MemberColumn.values()) {
                column.set(merged, column.get(changes.contains(column) ? imported : existing));
            }
            return merged;
        }

        private static String describe(Member member) {
            return member.getMemberNumber() == null ? member.getName() : member.getMemberNumber() + " " + member.getName();
        }
    }
}
