package org.asterism.pbx.internal.device;

import java.util.ArrayList;
import java.util.List;

/**
 * A hint: extension {@code exten@context} watching devices.
 *
 * @param devices as written after {@code hint =>}: "PJSIP/201&PJSIP/202"
 */
public record Hint(String context, String exten, String devices) {

    /** The devices one by one, blanks dropped. */
    public List<String> deviceList() {
        return split(devices);
    }

    /** As {@code core show hints} names it: {@code 201@default}. */
    public String extension() {
        return exten + "@" + context;
    }

    static List<String> split(String devices) {
        List<String> list = new ArrayList<>();
        for (String device : devices.split("&")) {
            if (!device.isBlank()) {
                list.add(device.trim());
            }
        }
        return list;
    }
}
