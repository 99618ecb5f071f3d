package org.asterism.pbx.api.dialplan;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contexts for the dialplan, registered as an OSGi service by pbx_config (extensions.conf) or a dialplan bundle.
 * When its contexts change (dialplan reload) the source changes its {@code dialplan.generation} service property, and
 * the PBX core reads {@link #contexts()} again and swaps the whole dialplan at once: calls in progress carry on.
 */
@ConsumerType
public interface DialplanSource {

    /** The service property a source changes whenever its contexts change. */
    String GENERATION = "dialplan.generation";

    /** Who provides the contexts, as {@code dialplan show} prints it: "pbx_config". */
    String registrar();

    /** The contexts now. A context name given by two sources is merged, entries of the earlier-registered first. */
    List<DialplanContext> contexts();

    /**
     * Global variables to set whenever the dialplan is (re)built ({@code [globals]} of extensions.conf), in the order
     * written; values may refer to earlier ones ({@code ${OTHER}}). Globals set at run time that are not listed here
     * are kept, as Asterisk keeps them on a reload without {@code clearglobalvars}.
     */
    default Map<String, String> globals() {
        return Map.of();
    }
}
