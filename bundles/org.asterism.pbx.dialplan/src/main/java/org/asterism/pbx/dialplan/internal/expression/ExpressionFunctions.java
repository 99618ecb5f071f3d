package org.asterism.pbx.dialplan.internal.expression;

import java.util.Optional;

/** What an expression may call besides its math functions: the dialplan functions ({@code $[LEN(abc) + 1]}). */
public interface ExpressionFunctions {

    /** Whether a dialplan function of that name is registered. */
    boolean hasFunction(String name);

    /** Reads a dialplan function; empty when it failed (the failure is logged by whoever reads it). */
    Optional<String> read(String name, String arguments);
}
