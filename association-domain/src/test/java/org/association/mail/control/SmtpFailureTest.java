package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    @Test
    void aFiveHundredReplyAnywhereInTheChainIsPermanent() {
        Exception refused = new Exception("Invalid Addresses", new Exception("550 5.1.1 <nobody@example.org>: user unknown\n"));
        SmtpFailure failure = SmtpFailure.of(refused);
        assertTrue(failure.permanent());
        assertEquals("550 5.1.1 <nobody@example.org>: user unknown", failure.text());
    }

    @Test
    void aFourHundredReplyOrNoConnectionIsPassing() {
        assertFalse(SmtpFailure.of(new Exception("451 4.7.1 greylisted, try again later")).permanent());
        SmtpFailure unreachable = SmtpFailure.of(new Exception("Couldn't connect to host, port: 127.0.0.1, 3025; timeout -1",
                new ConnectException("Connection refused")));
        assertFalse(unreachable.permanent());
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 3025; timeout -1", unreachable.text());
    }

    @Test
    void aNumberInsideAMessageIsNoReplyCode() {
        assertFalse(SmtpFailure.of(new Exception("Read timed out after 30000 ms at port 587")).permanent());
    }
}
