package org.association.dues.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The association's bank account for dues, as invoices show it: settings association.dues.bank-account-name,
 * association.dues.bank-name and association.dues.bank-account-number; the defaults are the demo's made-up account.
 */
@ApplicationScoped
public class DuesSettings {

    @Inject
    @ConfigProperty(name = "association.dues.bank-account-name", defaultValue = "成都高新医学会")
    private String accountName;

    @Inject
    @ConfigProperty(name = "association.dues.bank-name", defaultValue = "中国银行成都高新技术产业开发区支行")
    private String bankName;

    @Inject
    @ConfigProperty(name = "association.dues.bank-account-number", defaultValue = "1234 5678 9012 3456 789")
    private String accountNumber;

    public BankAccount bankAccount() {
        return new BankAccount(accountName, bankName, accountNumber);
    }
}
