package org.association.dues.boundary;

/** A transfer's voucher as uploaded: the file's name as sent and its bytes. */
public record Voucher(String fileName, byte[] bytes) {
}
