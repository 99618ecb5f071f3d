package org.asterism.sip.channel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.HangupCause;
import org.junit.Test;

public class DialStringTest {

    @Test
    public void anEndpointAlone() throws Exception {
        assertEquals(new DialString("201", Optional.empty(), Optional.empty()), DialString.parse("201"));
    }

    @Test
    public void aNumberAtATrunk() throws Exception {
        assertEquals(new DialString("trunk", Optional.of("5551234"), Optional.empty()), DialString.parse("5551234@trunk"));
    }

    @Test
    public void anEndpointWithAnExplicitUri() throws Exception {
        assertEquals(new DialString("201", Optional.empty(), Optional.of("sip:201@10.0.0.2:5070")),
                DialString.parse("201/sip:201@10.0.0.2:5070"));
    }

    @Test
    public void emptyDestinationsAreUnacceptable() {
        for (String bad : new String[] {"", " ", "/sip:x@y", "5551234@"}) {
            ChannelRequestException refused = assertThrows(ChannelRequestException.class, () -> DialString.parse(bad));
            assertEquals(bad, HangupCause.CHANNEL_UNACCEPTABLE, refused.hangupCause());
        }
    }
}
