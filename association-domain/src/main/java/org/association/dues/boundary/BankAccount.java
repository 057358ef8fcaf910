package org.association.dues.boundary;

import java.io.Serializable;

/** The association's account that members transfer their dues to, as the settings name it. */
public record BankAccount(String accountName, String bankName, String accountNumber) implements Serializable {
}
