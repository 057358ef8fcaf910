package org.association.mail.entity;

/** A file of a mail as the log lists it: what it is and how large, without its bytes. */
public record AttachedFile(String fileName, String contentType, String contentId, int sizeBytes) {
}
