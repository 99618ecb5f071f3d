package org.asterism.sip.core.internal.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.asterism.sip.api.config.InvalidOptionException;
import org.junit.Test;

public class TypeOfServiceTest {

    @Test
    public void dscpNamesBecomeTheTosByte() throws Exception {
        assertEquals(96, TypeOfService.parse("cs3"));
        assertEquals(184, TypeOfService.parse("EF"));
        assertEquals(136, TypeOfService.parse("af41"));
    }

    @Test
    public void numbersAreTakenAsTheTosByte() throws Exception {
        assertEquals(104, TypeOfService.parse("0x68"));
        assertEquals(104, TypeOfService.parse("104"));
    }

    @Test
    public void anythingElseIsRefused() {
        assertThrows(InvalidOptionException.class, () -> TypeOfService.parse("fast"));
        assertThrows(InvalidOptionException.class, () -> TypeOfService.parse("256"));
    }
}
