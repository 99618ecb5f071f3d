package org.asterism.sip.core.internal.objects;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code type=contact} in pjsip.conf is refused with an error that says where contacts come from. Asterisk
 * keeps contacts in its database ("registrar", sorcery's astdb wizard), not in pjsip.conf, so it silently skips
 * such a section; here the operator learns why it has no effect.
 */
@Component(service = ObjectType.class)
public class ContactObjectType implements ObjectType<Void> {

    static final String TYPE = "contact";

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Void create(ObjectOptions options) throws InvalidOptionException {
        throw new InvalidOptionException("type", TYPE, "contacts are not configured in pjsip.conf: they come from "
                + "REGISTER, or from a contact=sip:... line of a type=aor section");
    }
}
