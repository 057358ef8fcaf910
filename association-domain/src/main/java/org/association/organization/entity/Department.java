package org.association.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.association.common.PlainText;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/** A secretariat department, special committee, branch or office; departments form a tree. */
@Entity
@Table(name = "DEPARTMENT")
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.position, d.id")
@NamedQuery(name = Department.BY_CODE, query = "select d from Department d where d.code = :code")
@NamedQuery(name = Department.COUNT, query = "select count(d) from Department d")
public class Department extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Department.all";
    public static final String BY_CODE = "Department.byCode";
    public static final String COUNT = "Department.count";

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;

    @UniqueKey("DEPARTMENT_CODE_UQ")
    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "{association.departmentCode}")
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DepartmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private Department parent;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_ZH", nullable = false, length = NAME_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_EN", nullable = false, length = NAME_MAX)
    private String nameEn;

    @PlainText.MultiLine
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "DESCRIPTION_ZH", length = DESCRIPTION_MAX)
    private String descriptionZh;

    @PlainText.MultiLine
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "DESCRIPTION_EN", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(nullable = false)
    private int position;

    protected Department() {
    }

    public Department(String code, DepartmentKind kind, String nameZh, String nameEn) {
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public Department getParent() {
        return parent;
    }

    public void setParent(Department parent) {
        this.parent = parent;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
