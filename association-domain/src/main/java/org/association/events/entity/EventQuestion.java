package org.association.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.association.common.PlainText;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;

/**
 * A question of an event's registration form, in both languages: a text, a choice of options (one per line, as many
 * in Chinese as in English), or yes or no; required or not. An answer is kept as the text, the option's position, or
 * {@link #YES}/{@link #NO}, so that it reads in either language and a choice's wording can be mended afterwards.
 */
@Entity
@Table(name = "EVENT_QUESTION")
public class EventQuestion extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 300;
    public static final int CHOICES_MAX = 2000;
    public static final int ANSWER_MAX = 1000;
    public static final String YES = "yes";
    public static final String NO = "no";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EVENT_ID", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionKind kind = QuestionKind.TEXT;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "TEXT_ZH", nullable = false, length = TEXT_MAX)
    private String textZh;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "TEXT_EN", nullable = false, length = TEXT_MAX)
    private String textEn;

    @PlainText.MultiLine
    @Size(max = CHOICES_MAX)
    @Column(name = "CHOICES_ZH", length = CHOICES_MAX)
    private String choicesZh;

    @PlainText.MultiLine
    @Size(max = CHOICES_MAX)
    @Column(name = "CHOICES_EN", length = CHOICES_MAX)
    private String choicesEn;

    @Column(nullable = false)
    private boolean required;

    protected EventQuestion() {
    }

    /** A new question of the event for staff to fill in. */
    public EventQuestion(Event event) {
        this.event = event;
    }

    public EventQuestion(Event event, QuestionKind kind, String textZh, String textEn, boolean required) {
        this.event = event;
        this.kind = kind;
        this.textZh = textZh;
        this.textEn = textEn;
        this.required = required;
    }

    /** A choice has two options or more, as many in each language; the other kinds have none. */
    @AssertTrue(message = "{association.eventQuestion.choices}")
    public boolean isChoicesInOrder() {
        if (kind != QuestionKind.CHOICE) {
            return lines(choicesZh).isEmpty() && lines(choicesEn).isEmpty();
        }
        return lines(choicesZh).size() >= 2 && lines(choicesZh).size() == lines(choicesEn).size();
    }

    public String text(Language language) {
        return language == Language.EN ? textEn : textZh;
    }

    /** A choice's options in the language, in order; none for the other kinds. */
    public List<String> choices(Language language) {
        return lines(language == Language.EN ? choicesEn : choicesZh);
    }

    /** The answer as it is kept from what the form sent (stripped); empty when nothing was given. */
    public Optional<String> kept(String given) {
        String answer = given == null ? "" : given.strip();
        return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
    }

    /** The message key of what is wrong with the kept answer (empty: none given), or empty when it will do. */
    public Optional<String> problem(Optional<String> answer) {
        if (answer.isEmpty()) {
            return required ? Optional.of("error.question.required") : Optional.empty();
        }
        if (kind == QuestionKind.TEXT) {
            if (!PlainText.Validator.accepts(answer.get(), false)) {
                return Optional.of("error.question.plain");
            }
            return answer.get().length() <= ANSWER_MAX ? Optional.empty() : Optional.of("error.question.long");
        }
        return offered().contains(answer.get()) ? Optional.empty() : Optional.of("error.question.offered");
    }

    /** The answers a choice or a yes-or-no offers, as they are kept, in order; none for a text. */
    public List<String> offered() {
        return switch (kind) {
            case TEXT -> List.of();
            case YES_NO -> List.of(YES, NO);
            case CHOICE -> IntStream.range(0, choices(Language.ZH).size()).mapToObj(String::valueOf).toList();
        };
    }

    /** A kept answer as a reader of that language reads it. */
    public String answerText(String answer, Language language) {
        if (answer == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> answer;
            case YES_NO -> YES.equals(answer) ? (language == Language.EN ? "Yes" : "是") : (language == Language.EN ? "No" : "否");
            case CHOICE -> {
                List<String> options = choices(language);
                int position = Integer.parseInt(answer);
                yield position < options.size() ? options.get(position) : answer;
            }
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Event getEvent() {
        return event;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTextZh() {
        return textZh;
    }

    public void setTextZh(String textZh) {
        this.textZh = textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getChoicesZh() {
        return choicesZh;
    }

    public void setChoicesZh(String choicesZh) {
        this.choicesZh = choicesZh;
    }

    public String getChoicesEn() {
        return choicesEn;
    }

    public void setChoicesEn(String choicesEn) {
        this.choicesEn = choicesEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
