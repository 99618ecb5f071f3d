package org.asterism.sip.core.internal.objects;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.DomainAlias;
import org.osgi.service.component.annotations.Component;

/** {@code type=domain_alias}: the section name is the alias; {@code domain}, the domain aliased, is required. */
@Component(service = ObjectType.class)
public class DomainAliasObjectType implements ObjectType<DomainAlias> {

    @Override
    public String name() {
        return DomainAlias.TYPE;
    }

    @Override
    public DomainAlias create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = DomainAliasOptionTable.TABLE.read(options);
        if (values.text("domain").isBlank()) {
            throw new InvalidOptionException("domain", values.text("domain"), "domain_alias '" + options.id()
                    + "' is missing the required domain being aliased");
        }
        return new DomainAlias(options.id(), values.text("domain"), values.asMap());
    }
}
