package org.association.events.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RegistrationTypeTest {

    private static final Event EVENT = new Event("cardiology-2027", "心血管年会", "Cardiology meeting",
            LocalDateTime.of(2027, 4, 17, 9, 0), LocalDateTime.of(2027, 4, 18, 17, 0));

    @Test
    void theEarlyBirdPriceHoldsUpToAndIncludingItsLastDay() {
        RegistrationType member = new RegistrationType(EVENT, "会员", "Member", new BigDecimal("800.00"), 100);
        member.setEarlyPrice(new BigDecimal("600.00"));
        member.setEarlyUntil(LocalDate.of(2027, 3, 31));
        assertEquals(new BigDecimal("600.00"), member.priceOn(LocalDate.of(2027, 3, 1)));
        assertEquals(new BigDecimal("600.00"), member.priceOn(LocalDate.of(2027, 3, 31)));
        assertEquals(new BigDecimal("800.00"), member.priceOn(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void withoutAnEarlyBirdTheTypeHasOnePrice() {
        RegistrationType student = new RegistrationType(EVENT, "学生", "Student", new BigDecimal("100.00"), null);
        assertEquals(new BigDecimal("100.00"), student.priceOn(LocalDate.of(2020, 1, 1)));
        assertTrue(student.isEarlyBirdComplete());
        student.setEarlyPrice(new BigDecimal("50.00"));
        assertFalse(student.isEarlyBirdComplete(), "an early-bird price without its last day");
    }

    @Test
    void placesLeftAreCapacityLessTakenAndNeverBelowNone() throws ReflectiveOperationException {
        RegistrationType type = new RegistrationType(EVENT, "非会员", "Non-member", BigDecimal.ONE, 3);
        assertEquals(3, type.remaining());
        assertFalse(type.isFull());
        taken(type, 3);
        assertEquals(0, type.remaining());
        assertTrue(type.isFull());
        type.setCapacity(2);
        assertEquals(0, type.remaining(), "a capacity lowered below the places taken leaves none");
        assertTrue(type.isFull());
        type.setCapacity(null);
        assertNull(type.remaining());
        assertFalse(type.isFull(), "no capacity: never full");
    }

    /** The database counts taken places; a test sets the column as a load from it would. */
    private static void taken(RegistrationType type, int taken) throws ReflectiveOperationException {
        Field field = RegistrationType.class.getDeclaredField("taken");
        field.setAccessible(true);
        field.setInt(type, taken);
    }
}
