package org.asterism.sip.core.internal.screening;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the server can do right now, which depends on the modules that are loaded.
 *
 * @param allowedMethods the methods some module answers (case-sensitive, as SIP methods are)
 * @param supportedOptions the option tags the server implements (compared case-insensitively)
 * @param acceptedContentTypes the body types the server reads, as {@code type/subtype} (compared
 *        case-insensitively)
 */
public record ServerCapabilities(Set<String> allowedMethods, Set<String> supportedOptions, Set<String> acceptedContentTypes) {

    /** In {@code acceptedContentTypes}: any body is accepted (its receiver judges it); never listed in Accept. */
    public static final String ANY_TYPE = "*/*";

    /** Copies the sets; a null set counts as empty. */
    public ServerCapabilities {
        allowedMethods = copy(allowedMethods);
        supportedOptions = copy(supportedOptions);
        acceptedContentTypes = copy(acceptedContentTypes);
    }

    boolean allows(String method) {
        return allowedMethods.contains(method);
    }

    boolean supportsOption(String optionTag) {
        return supportedOptions.stream().anyMatch(option -> option.equalsIgnoreCase(optionTag));
    }

    boolean acceptsContentType(String typeSlashSubtype) {
        return acceptedContentTypes.contains(ANY_TYPE)
                || acceptedContentTypes.stream().anyMatch(type -> type.equalsIgnoreCase(typeSlashSubtype));
    }

    /** The value of an Allow header: the methods in {@link StandardMethods#ORDER}, comma-separated. */
    String allowValue() {
        return allowedMethods.stream().sorted(StandardMethods.ORDER).collect(Collectors.joining(", "));
    }

    /** The value of an Accept header: the types in lower case, by name, comma-separated; empty for none. */
    String acceptValue() {
        Set<String> types = new TreeSet<>();
        acceptedContentTypes.stream().filter(type -> !ANY_TYPE.equals(type)).forEach(type -> types.add(type.toLowerCase(Locale.ROOT)));
        return String.join(", ", types);
    }

    private static Set<String> copy(Collection<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
