package org.association.membership.entity;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.association.content.entity.Language;

/**
 * The fields of a member's identity, which a member may not change alone: a change becomes a {@link MemberChangeRequest}
 * that staff decide on. Each names the Member property it is (whose constraints its new value must meet) and the kinds
 * of member that have it.
 */
public enum IdentityField {
    NAME("name", "姓名/名称", "Name", Set.of(MemberKind.INDIVIDUAL, MemberKind.INSTITUTION), Member::getName, Member::setName),
    NAME_EN("nameEn", "英文名", "Name in English", Set.of(MemberKind.INDIVIDUAL, MemberKind.INSTITUTION), Member::getNameEn,
            Member::setNameEn),
    LICENCE_NUMBER("licenceNumber", "执业证书编号", "Practising certificate number", Set.of(MemberKind.INDIVIDUAL),
            Member::getLicenceNumber, Member::setLicenceNumber),
    PROFESSIONAL_TITLE("professionalTitle", "职称", "Professional title", Set.of(MemberKind.INDIVIDUAL),
            Member::getProfessionalTitle, Member::setProfessionalTitle),
    EMPLOYER("employer", "工作单位", "Employer", Set.of(MemberKind.INDIVIDUAL), Member::getEmployer, Member::setEmployer),
    CREDIT_CODE("creditCode", "统一社会信用代码", "Unified social credit code", Set.of(MemberKind.INSTITUTION),
            Member::getCreditCode, Member::setCreditCode);

    private final String property;
    private final String labelZh;
    private final String labelEn;
    private final Set<MemberKind> kinds;
    private final Function<Member, String> getter;
    private final BiConsumer<Member, String> setter;

    IdentityField(String property, String labelZh, String labelEn, Set<MemberKind> kinds, Function<Member, String> getter,
            BiConsumer<Member, String> setter) {
        this.property = property;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.kinds = kinds;
        this.getter = getter;
        this.setter = setter;
    }

    /** The Member property, as Bean Validation and the audit log name it. */
    public String property() {
        return property;
    }

    /** The field's name in a mail to the member. */
    public String label(Language language) {
        return language == Language.EN ? labelEn : labelZh;
    }

    public boolean appliesTo(MemberKind kind) {
        return kinds.contains(kind);
    }

    public String valueOf(Member member) {
        return getter.apply(member);
    }

    public void set(Member member, String value) {
        setter.accept(member, value);
    }
}
