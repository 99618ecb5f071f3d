package org.asterism.sip.api.config;

/** An option whose value cannot be used; the core reports it as "Error parsing option=value at line N of file". */
public class InvalidOptionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String value;

    public InvalidOptionException(String option, String value, String reason) {
        super(reason);
        this.option = option;
        this.value = value;
    }

    public String option() {
        return option;
    }

    public String value() {
        return value;
    }
}
