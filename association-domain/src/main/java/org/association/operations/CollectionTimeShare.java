package org.association.operations;

import java.time.Duration;

/**
 * The share of wall-clock time the JVM spent in garbage-collection pauses, judged over windows of
 * at least ten seconds between two readings: a reading sooner than that keeps the last verdict and
 * the window running, so frequent probes cannot make a short pause look like a long one.
 */
final class CollectionTimeShare {

    static final Duration WINDOW = Duration.ofSeconds(10);
    static final double LIMIT = 0.5;

    private long windowStartNanos;
    private long windowStartCollectionMillis;
    private boolean overLimit;

    /** Starts the first window at the given reading (e.g. the JVM's start, with no collection yet). */
    CollectionTimeShare(long startNanos, long collectionMillis) {
        windowStartNanos = startNanos;
        windowStartCollectionMillis = collectionMillis;
    }

    /** Whether more than half of the last full window went to collections, given the current reading. */
    synchronized boolean overLimit(long nowNanos, long collectionMillis) {
        long elapsedNanos = nowNanos - windowStartNanos;
        if (elapsedNanos >= WINDOW.toNanos()) {
            double collectingNanos = (collectionMillis - windowStartCollectionMillis) * 1_000_000.0;
            overLimit = collectingNanos > LIMIT * elapsedNanos;
            windowStartNanos = nowNanos;
            windowStartCollectionMillis = collectionMillis;
        }
        return overLimit;
    }
}
