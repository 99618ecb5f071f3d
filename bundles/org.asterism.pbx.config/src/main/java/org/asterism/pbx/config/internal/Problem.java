package org.asterism.pbx.config.internal;

/** Something wrong in extensions.conf, with the level Asterisk logs it at. */
record Problem(boolean error, String message) {

    static Problem warning(String message) {
        return new Problem(false, message);
    }

    static Problem error(String message) {
        return new Problem(true, message);
    }
}
