package org.asterism.sip.identifier.user.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class EndpointNamesTest {

    @Test
    public void eachDomainComesBeforeTheBareName() {
        assertEquals(List.of("alice@example.net", "alice@example.com", "alice"),
                EndpointNames.candidates("alice", List.of("example.net", "example.com")));
    }

    @Test
    public void withoutDomainsOnlyTheBareNameIsTried() {
        assertEquals(List.of("alice"), EndpointNames.candidates("alice", List.of()));
    }

    @Test
    public void emptyAndRepeatedDomainsAddNothing() {
        assertEquals(List.of("alice@example.com", "alice"), EndpointNames.candidates("alice", List.of("", "example.com", "example.com")));
    }
}
