package org.asterism.pbx.dialplan.internal.function;

import java.util.Locale;

import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;

/**
 * {@code CALLERID(name|num|all)}, read and written (func_callerid.c): {@code all} reads {@code "Name" <num>} and
 * takes the same form (or a bare number or name) when written.
 */
public class CallerIdFunction extends BuiltinFunction {

    public CallerIdFunction() {
        super("CALLERID", "Gets or sets Caller*ID data on the channel.", "CALLERID(datatype[,CID])",
                "Gets or sets Caller*ID data on the channel. Uses channel callerid by default or optional callerid, if "
                        + "specified. The allowable datatypes are all, name and num.");
    }

    @Override
    public String since() {
        return "1.2.0";
    }

    @Override
    public String read(Channel channel, String arguments) {
        CallerId id = channel.callerId();
        return switch (type(arguments)) {
            case "all" -> merge(id);
            case "name" -> id.name();
            case "num" -> id.number();
            default -> throw new IllegalArgumentException("Unknown callerid data type '" + arguments + "'.");
        };
    }

    @Override
    public void write(Channel channel, String arguments, String value) {
        CallerId id = channel.callerId();
        switch (type(arguments)) {
            case "all" -> {
                CallerId parsed = split(value);
                channel.callerId(new CallerId(parsed.name(), parsed.number(), id.restricted()));
            }
            case "name" -> channel.callerId(new CallerId(value, id.number(), id.restricted()));
            case "num" -> channel.callerId(new CallerId(id.name(), value, id.restricted()));
            default -> throw new IllegalArgumentException("Unknown callerid data type '" + arguments + "'.");
        }
    }

    /** "all", "name", "num" (anything starting with "num": number too), else the argument as given. */
    private static String type(String arguments) {
        String first = arguments.split(",", 2)[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("num") ? "num" : first;
    }

    /** callerid.c's {@code ast_callerid_merge}, with "" for unknown. */
    static String merge(CallerId id) {
        if (!id.name().isEmpty() && !id.number().isEmpty()) {
            return "\"" + id.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + id.number() + ">";
        }
        return id.name().isEmpty() ? id.number() : id.name();
    }

    /** callerid.c's {@code ast_callerid_split}: {@code "Name" <num>}, {@code Name <num>}, a bare number or a name. */
    static CallerId split(String value) {
        String v = value.trim();
        int lt = v.lastIndexOf('<');
        int gt = v.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            String name = v.substring(0, lt).trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            return CallerId.of(name, shrink(v.substring(lt + 1, gt).trim()));
        }
        String shrunk = shrink(v);
        if (!shrunk.isEmpty() && shrunk.chars().allMatch(c -> Character.isDigit(c) || "+*#".indexOf(c) >= 0)) {
            return CallerId.of("", shrunk);
        }
        return CallerId.of(v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v, "");
    }

    /** {@code ast_shrink_phone_number} for a number: no blanks, dashes, dots or parentheses. */
    private static String shrink(String number) {
        return number.replaceAll("[\\s()\\-.]", "");
    }
}
