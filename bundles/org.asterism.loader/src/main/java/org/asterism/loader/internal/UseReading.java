package org.asterism.loader.internal;

/**
 * One {@link org.asterism.loader.UseCount} service's answer, read at one moment.
 *
 * @param count what it counted, never negative
 * @param what  the noun for what is counted ("active calls")
 */
public record UseReading(int count, String what) {

    public UseReading {
        count = Math.max(0, count);
        what = what == null || what.isBlank() ? "users" : what.trim();
    }

    /** {@code "2 active calls"}. */
    @Override
    public String toString() {
        return count + " " + what;
    }
}
