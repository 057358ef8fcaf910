package org.association.membership.entity;

public enum InstitutionType {
    GENERAL_HOSPITAL,
    SPECIALIST_HOSPITAL,
    TCM_HOSPITAL,
    COMMUNITY_HEALTH_CENTER,
    CLINIC,
    MATERNAL_CHILD_HEALTH,
    PUBLIC_HEALTH,
    OTHER
}
