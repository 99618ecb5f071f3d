package org.asterism.loader.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.osgi.framework.BundleException;

public class ModuleOperationExceptionTest {

    @Test
    public void anActivatorFailureBecomesOneLineWithItsCause() {
        BundleException failure = new BundleException("Activator start error in bundle org.asterism.sip.core [42].",
                BundleException.ACTIVATOR_ERROR, new IllegalStateException("Address already in use\n  at bind"));

        assertEquals("Activator start error in bundle org.asterism.sip.core [42].: Address already in use at bind",
                ModuleOperationException.of(failure).getMessage());
    }

    @Test
    public void aFailureWithoutAMessageIsNamedByItsType() {
        assertEquals("IllegalStateException", ModuleOperationException.oneLine(new IllegalStateException()));
    }

    @Test
    public void multiLineResolutionErrorsAreJoined() {
        BundleException failure = new BundleException("Unable to resolve res_x [7](R 7.0): missing requirement\n"
                + "  [res_x [7](R 7.0)] osgi.wiring.package; (osgi.wiring.package=javax.sip)");

        assertEquals("Unable to resolve res_x [7](R 7.0): missing requirement [res_x [7](R 7.0)] "
                + "osgi.wiring.package; (osgi.wiring.package=javax.sip)", ModuleOperationException.oneLine(failure));
    }
}
