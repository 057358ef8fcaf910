package org.association.dues.boundary;

/**
 * What issuing a period's invoices did: how many it issued, how many members already had theirs, and how many active
 * members the schedule has no rate for (staff add one and issue again).
 */
public record IssueOutcome(int issued, int alreadyIssued, int withoutRate) {
}
