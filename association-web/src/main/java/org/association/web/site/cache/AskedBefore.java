package org.association.web.site.cache;

/**
 * Which addresses were asked for lately, in a table of fixed size: the page cache keeps the answer to a question
 * only when it is asked a second time. Most searches are asked once; kept, each would push out one worth keeping
 * and, living just long enough to age, cost the collector a page in the old generation. Two addresses that share a
 * slot forget each other, and one that shares a hash with another passes as asked: both only decide what is kept.
 * Not thread-safe: {@link PageCache} guards it.
 */
final class AskedBefore {

    private final int[] hashes;

    /** Remembers about {@code slots} addresses; a power of two. */
    AskedBefore(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        hashes = new int[slots];
    }

    /** Whether {@code address} was asked for lately; it is remembered from now on either way. */
    boolean check(String address) {
        int hash = address.hashCode();
        int slot = (hash ^ hash >>> 16) & (hashes.length - 1);
        boolean asked = hashes[slot] == hash && hash != 0;
        hashes[slot] = hash;
        return asked;
    }
}
