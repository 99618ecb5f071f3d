package org.asterism.sip.core.internal.sorcery;

import java.util.List;
import java.util.Optional;

import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigSection;
import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectType;

/**
 * Builds one object from one section and words a failure as Asterisk does, so operators can search
 * their logs for the same lines:
 * <pre>
 * Could not find option suitable for category '1000' named 'awesomeness' at line 219 of pjsip.conf
 * Could not create an object of type 'aor' with id '1000' from configuration file 'pjsip.conf'
 * </pre>
 */
final class ObjectBuilder {

    /** An object, or the error lines saying why there is none. */
    record Result(Object object, List<String> errors) {
        boolean built() {
            return object != null;
        }
    }

    private ObjectBuilder() {
    }

    static Result build(ObjectType<?> type, ConfigSection section) {
        SectionOptions options = new SectionOptions(section);
        Object object;
        try {
            object = type.create(options);
        } catch (InvalidOptionException e) {
            String option = e.option() == null ? "?" : e.option();
            Optional<ConfigEntry> entry = options.entry(option);
            String value = e.value() != null ? e.value() : entry.map(ConfigEntry::value).orElse("");
            String where = entry.map(ObjectBuilder::where).orElse(" in section '" + section.name() + "' of " + section.file());
            return failed(type, section, "Error parsing " + option + "=" + value + where + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return failed(type, section, "Object type '" + type.name() + "' failed on section '" + section.name() + "': " + e);
        }
        Optional<ConfigEntry> unknown = options.firstUnknown();
        if (unknown.isPresent()) {
            return failed(type, section, "Could not find option suitable for category '" + section.name() + "' named '"
                    + unknown.get().name() + "'" + where(unknown.get()));
        }
        return new Result(object, List.of());
    }

    private static String where(ConfigEntry entry) {
        return " at line " + entry.line() + " of " + entry.file();
    }

    private static Result failed(ObjectType<?> type, ConfigSection section, String cause) {
        return new Result(null, List.of(cause, "Could not create an object of type '" + type.name() + "' with id '"
                + section.name() + "' from configuration file '" + section.file() + "'"));
    }
}
