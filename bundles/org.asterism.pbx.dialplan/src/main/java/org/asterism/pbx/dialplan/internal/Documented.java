package org.asterism.pbx.dialplan.internal;

/**
 * The documentation of a built-in application or function, for {@code core show application(s)} and
 * {@code core show function(s)}; others show "Not available" as Asterisk does for undocumented ones.
 */
public interface Documented {

    /** How it is written: "Answer([delay[,options]])". */
    String syntax();

    String description();

    /** Each argument on its own line, "    name: what it does". */
    default String arguments() {
        return "Not available";
    }

    default String seeAlso() {
        return "Not available";
    }

    default String since() {
        return "Not available";
    }
}
