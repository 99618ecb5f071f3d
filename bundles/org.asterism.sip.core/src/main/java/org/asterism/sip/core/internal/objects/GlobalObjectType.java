package org.asterism.sip.core.internal.objects;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code type=global}, checked as res_pjsip/config_global.c checks it: {@code debug} and
 * {@code default_from_user} may not be empty; unknown {@code default_auth_algorithms_*} fall back to MD5 with
 * a warning. The default {@code user_agent} is this server's name and version.
 */
@Component(service = ObjectType.class)
public class GlobalObjectType implements ObjectType<GlobalSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalObjectType.class);

    private final OptionTable table;

    @Activate
    public GlobalObjectType(BundleContext context) {
        this(productName(context.getBundle().getVersion()));
    }

    GlobalObjectType(String defaultUserAgent) {
        this.table = GlobalOptionTable.create(defaultUserAgent);
    }

    /** As the core names itself in Server and User-Agent headers. */
    static String productName(Version version) {
        return "Asterism " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    @Override
    public boolean singleton() {
        return true;
    }

    @Override
    public String name() {
        return GlobalSettings.TYPE;
    }

    OptionTable table() {
        return table;
    }

    @Override
    public GlobalSettings create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = table.read(options);
        requireText(values, "debug", "no");
        requireText(values, "default_from_user", "asterisk");
        for (String option : new String[] { "default_auth_algorithms_uas", "default_auth_algorithms_uac" }) {
            try {
                DigestAlgorithms.parseNames(option, OptionValues.splitNames(values.text(option)));
            } catch (InvalidOptionException e) {
                LOG.warn("global: Invalid values in {} ({}). Defaulting to {}", option, e.getMessage(), DigestAlgorithms.MD5);
                values.replace(option, DigestAlgorithms.MD5);
            }
        }
        return new GlobalSettings(options.id(),
                values.names("endpoint_identifier_order"),
                values.text("default_realm"),
                values.text("user_agent"),
                values.integer("keep_alive_interval"),
                values.integer("max_forwards"),
                values.text("default_outbound_endpoint"),
                values.text("default_from_user"),
                values.text("default_voicemail_extension"),
                values.integer("unidentified_request_count"),
                values.integer("unidentified_request_period"),
                values.integer("unidentified_request_prune_interval"),
                values.integer("max_initial_qualify_time"),
                values.integer("contact_expiration_check_interval"),
                values.bool("disable_multi_domain"),
                values.bool("ignore_uri_user_options"),
                values.asMap());
    }

    private static void requireText(OptionValues values, String option, String defaultValue) throws InvalidOptionException {
        if (values.text(option).isBlank()) {
            throw new InvalidOptionException(option, "", "global option '" + option + "' can't be empty; set it to a "
                    + "valid value or remove the entry to accept '" + defaultValue + "' as the default");
        }
    }
}
