package org.association.membership.control;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.association.membership.entity.Member;

/**
 * How {@link ImportPreview} finds stored members by the three unique keys. The members found are only
 * read: managed or detached, either will do.
 */
public record MemberLookups(
        Function<String, Optional<Member>> byMemberNumber,
        Function<String, Optional<Member>> byCreditCode,
        Function<String, Optional<Member>> byLicenceNumber) {

    public MemberLookups {
        Objects.requireNonNull(byMemberNumber);
        Objects.requireNonNull(byCreditCode);
        Objects.requireNonNull(byLicenceNumber);
    }

    /**
     * Lookups in memory over {@code members}: for a service that fetched the candidates in a few queries
     * (those whose keys are among {@link ImportFile#values}) rather than one query per row and key.
     */
    public static MemberLookups of(Collection<Member> members) {
        return new MemberLookups(index(members, Member::getMemberNumber), index(members, Member::getCreditCode),
                index(members, Member::getLicenceNumber));
    }

    Optional<Member> find(MemberColumn key, String value) {
        return switch (key) {
            case MEMBER_NUMBER -> byMemberNumber.apply(value);
            case CREDIT_CODE -> byCreditCode.apply(value);
            case LICENCE_NUMBER -> byLicenceNumber.apply(value);
            default -> throw new IllegalArgumentException(key + " identifies no member");
        };
    }

    /**
     * The same member may come from several of the caller's queries; two members with one key cannot.
     * (No {@code distinct()}: entities hash by class, so a hash set of them would be a list.)
     */
    private static Function<String, Optional<Member>> index(Collection<Member> members, Function<Member, String> key) {
        Map<String, Member> byKey = members.stream()
                .filter(member -> key.apply(member) != null)
                .collect(Collectors.toMap(key, Function.identity(), (one, other) -> {
                    if (!one.equals(other)) {
                        throw new IllegalArgumentException("two members have " + key.apply(one));
                    }
                    return one;
                }));
        return value -> Optional.ofNullable(byKey.get(value));
    }
}
