package org.asterism.sip.core.internal.objects;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.Aor;
import org.osgi.service.component.annotations.Component;

/** {@code type=aor}: every option res_pjsip documents; each static {@code contact} must be a SIP URI. */
@Component(service = ObjectType.class)
public class AorObjectType implements ObjectType<Aor> {

    @Override
    public String name() {
        return Aor.TYPE;
    }

    @Override
    public Aor create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = AorOptionTable.TABLE.read(options);
        for (String uri : values.items("contact")) {
            StaticContactUri.check("contact", uri);
        }
        return new Aor(options.id(),
                values.integer("max_contacts"),
                values.bool("remove_existing"),
                values.bool("remove_unavailable"),
                values.integer("minimum_expiration"),
                values.integer("maximum_expiration"),
                values.integer("default_expiration"),
                values.integer("qualify_frequency"),
                values.decimal("qualify_timeout"),
                values.bool("authenticate_qualify"),
                values.items("contact"),
                values.names("mailboxes"),
                values.bool("support_path"),
                values.optionalText("outbound_proxy"),
                values.text("voicemail_extension"),
                values.asMap());
    }
}
