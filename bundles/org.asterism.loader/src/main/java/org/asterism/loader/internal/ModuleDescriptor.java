package org.asterism.loader.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a module bundle's manifest says about it: the counterpart of Asterisk's {@code AST_MODULE_INFO}.
 *
 * @param name         the Asterisk name without {@code .so} ({@code Asterism-Module})
 * @param description  the description column ({@code Asterism-Module-Description})
 * @param supportLevel the support level column ({@code Asterism-Module-Support}); {@code unknown} when absent
 * @param requires     the modules that must be loaded first ({@code Asterism-Module-Requires})
 */
public record ModuleDescriptor(String name, String description, String supportLevel, List<String> requires) {

    public static final String MODULE = "Asterism-Module";
    public static final String DESCRIPTION = "Asterism-Module-Description";
    public static final String SUPPORT = "Asterism-Module-Support";
    public static final String REQUIRES = "Asterism-Module-Requires";

    /** Asterisk's {@code support_level_map} entry for a module that declares none. */
    static final String UNKNOWN_SUPPORT = "unknown";

    public ModuleDescriptor {
        name = ModuleNames.normalise(Objects.requireNonNull(name, "name"));
        description = description == null ? "" : description.trim();
        supportLevel = supportLevel == null || supportLevel.isBlank() ? UNKNOWN_SUPPORT : supportLevel.trim();
        requires = List.copyOf(requires);
    }

    /**
     * Reads the module headers through {@code header} (e.g. {@code bundle.getHeaders("")::get}).
     *
     * @return empty when the bundle is not a module (no or blank {@code Asterism-Module} header)
     */
    public static Optional<ModuleDescriptor> fromHeaders(Function<String, String> header) {
        String name = header.apply(MODULE);
        if (name == null || ModuleNames.normalise(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleDescriptor(name, header.apply(DESCRIPTION), header.apply(SUPPORT),
                parseRequires(header.apply(REQUIRES))));
    }

    /** Splits a comma-separated {@code Requires} list into bare module names. */
    static List<String> parseRequires(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(ModuleNames::normalise)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** The name as Asterisk shows it, {@code res_pjsip.so}. */
    public String displayName() {
        return ModuleNames.display(name);
    }

    /** Whether this module names {@code other} in its Requires header. */
    public boolean requires(String other) {
        return requires.stream().anyMatch(r -> ModuleNames.same(r, other));
    }
}
