package org.association.events.entity;

/** The category of continuing-medical-education credit (继续医学教育学分) an event carries. */
public enum CmeCategory {
    /** 国家级或省级 I 类学分 */
    CATEGORY_I,
    /** II 类学分 */
    CATEGORY_II
}
