package org.association.common;

import java.util.Locale;

/**
 * The database products the same EAR runs on, and the little SQL that differs between them. Known
 * from the connection's metadata, never from a setting that could disagree with it.
 */
public enum Database {
    DERBY("BLOB", "CLOB"),
    POSTGRESQL("BYTEA", "TEXT");

    private final String blobType;
    private final String clobType;

    Database(String blobType, String clobType) {
        this.blobType = blobType;
        this.clobType = clobType;
    }

    public static Database fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("unsupported database: " + productName);
    }

    public String blobType() {
        return blobType;
    }

    public String clobType() {
        return clobType;
    }

    public String nextValueSql(String sequence) {
        return this == DERBY ? "VALUES NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')";
    }
}
