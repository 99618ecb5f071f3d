package org.asterism.pbx.dialplan.internal.function;

import org.asterism.pbx.api.dialplan.DialplanFunction;
import org.asterism.pbx.dialplan.internal.Documented;

/** What the built-in functions share: name, synopsis, syntax and description for {@code core show functions}. */
abstract class BuiltinFunction implements DialplanFunction, Documented {

    private final String name;
    private final String synopsis;
    private final String syntax;
    private final String description;

    BuiltinFunction(String name, String synopsis, String syntax, String description) {
        this.name = name;
        this.synopsis = synopsis;
        this.syntax = syntax;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String synopsis() {
        return synopsis;
    }

    @Override
    public final String syntax() {
        return syntax;
    }

    @Override
    public final String description() {
        return description;
    }
}
