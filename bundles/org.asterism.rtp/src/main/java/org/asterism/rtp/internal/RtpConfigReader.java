package org.asterism.rtp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.asterism.config.ConfigDocument;
import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigParser;
import org.asterism.config.ConfigSection;
import org.asterism.config.ConfigSyntaxException;

/**
 * Reads rtp.conf as res_rtp_asterisk's {@code rtp_reload()} does: Asterisk's defaults, {@code atoi} numbers, the same
 * clamping and the same warnings; an unknown option is reported as Asterisk's configuration framework words it.
 */
final class RtpConfigReader {

    static final int MINIMUM_RTP_PORT = 1024;
    static final int MAXIMUM_RTP_PORT = 65535;
    static final int RTCP_MIN_INTERVAL = 500;
    static final int RTCP_MAX_INTERVAL = 60000;

    /** Options Asterisk reads that need ICE, STUN, TURN, DTLS or kernel support Asterism does not have. */
    private static final Set<String> IGNORED = Set.of("rtpchecksums", "srtpreplayprotection", "icesupport",
            "stun_software_attribute", "stunaddr", "stunaddr_reresolve_ttl_0", "turnaddr", "turnusername",
            "turnpassword", "dtls_mtu", "ice_acl", "ice_permit", "ice_deny", "ice_blacklist", "stun_acl", "stun_permit",
            "stun_deny", "stun_blacklist");

    /**
     * @param settings what to use
     * @param warnings lines for the operator, as Asterisk would log them at WARNING
     * @param notes informational lines (options accepted but without effect here)
     * @param valid false when the file could not be parsed at all (a reload then keeps what it had)
     */
    record Reading(RtpSettings settings, List<String> warnings, List<String> notes, boolean valid) {
    }

    private final ConfigParser parser = new ConfigParser();

    /** Reads the file; a missing file gives Asterisk's defaults. */
    Reading read(Path file) {
        if (!Files.exists(file)) {
            return new Reading(RtpSettings.defaults(), List.of(),
                    List.of("Unable to load config " + RtpConfigFile.NAME + " (" + file + "): using defaults"), true);
        }
        try {
            return read(parser.parse(file));
        } catch (NoSuchFileException e) {
            return new Reading(RtpSettings.defaults(), List.of(), List.of("Unable to load config " + file), true);
        } catch (IOException e) {
            return new Reading(RtpSettings.defaults(), List.of("Unable to read " + file + ": " + e.getMessage()),
                    List.of(), false);
        } catch (ConfigSyntaxException e) {
            return new Reading(RtpSettings.defaults(), List.of(e.getMessage()), List.of(), false);
        }
    }

    Reading read(ConfigDocument document) {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int start = RtpSettings.DEFAULT_RTP_START;
        int end = RtpSettings.DEFAULT_RTP_END;
        int rtcpInterval = RtpSettings.DEFAULT_RTCP_INTERVAL;
        int dtmfTimeout = RtpSettings.DEFAULT_DTMF_TIMEOUT;
        StrictRtpMode strict = StrictRtpMode.YES;
        int probation = RtpSettings.DEFAULT_PROBATION;
        int threads = 1;

        for (ConfigSection section : document.sections()) {
            if (!"general".equalsIgnoreCase(section.name())) {
                continue; // [ice_host_candidates] and the like: ICE is not supported
            }
            for (ConfigEntry entry : section.entries()) {
                String value = entry.value();
                switch (entry.name().toLowerCase(Locale.ROOT)) {
                    case "rtpstart" -> start = clamp(atoi(entry, warnings), MINIMUM_RTP_PORT, MAXIMUM_RTP_PORT);
                    case "rtpend" -> end = clamp(atoi(entry, warnings), MINIMUM_RTP_PORT, MAXIMUM_RTP_PORT);
                    case "rtcpinterval" -> rtcpInterval = clamp(atoi(entry, warnings), RTCP_MIN_INTERVAL, RTCP_MAX_INTERVAL);
                    case "dtmftimeout" -> {
                        dtmfTimeout = atoi(entry, warnings);
                        if (dtmfTimeout < 0 || dtmfTimeout > 64000) {
                            warnings.add("DTMF timeout of '" + dtmfTimeout + "' outside range, using default of '"
                                    + RtpSettings.DEFAULT_DTMF_TIMEOUT + "' instead");
                            dtmfTimeout = RtpSettings.DEFAULT_DTMF_TIMEOUT;
                        }
                    }
                    case "strictrtp" -> strict = isTrue(value) ? StrictRtpMode.YES
                            : "seqno".equalsIgnoreCase(value) ? StrictRtpMode.SEQNO : StrictRtpMode.NO;
                    case "probation" -> {
                        Integer parsed = leadingInt(value);
                        if (parsed == null || parsed <= 1) {
                            warnings.add("Value for 'probation' could not be read, using default of '"
                                    + RtpSettings.DEFAULT_PROBATION + "' instead");
                            probation = RtpSettings.DEFAULT_PROBATION;
                        } else {
                            probation = parsed;
                        }
                    }
                    case "receivethreads" -> {
                        Integer parsed = leadingInt(value);
                        if (parsed == null || parsed < 1 || parsed > 64) {
                            warnings.add("Invalid value '" + value + "' for receivethreads (1 to 64) at line "
                                    + entry.line() + " of " + entry.file() + ", using 1");
                            threads = 1;
                        } else {
                            threads = parsed;
                        }
                    }
                    default -> {
                        String name = entry.name().toLowerCase(Locale.ROOT);
                        if (IGNORED.contains(name)) {
                            notes.add("Option '" + entry.name() + "' at line " + entry.line() + " of " + entry.file()
                                    + " is not supported by Asterism's RTP stack and is ignored");
                        } else {
                            warnings.add("Could not find option suitable for category '" + section.name() + "' named '"
                                    + entry.name() + "' at line " + entry.line() + " of " + entry.file());
                        }
                    }
                }
            }
        }

        // An odd start port could loop forever in Asterisk; it rounds up and says so
        if ((start & 1) != 0) {
            start++;
            warnings.add("Odd start value for RTP port in " + RtpConfigFile.NAME + ", rounding up to " + start);
        }
        if (start >= end) {
            warnings.add("Unreasonable values for RTP start/end port in " + RtpConfigFile.NAME);
            start = RtpSettings.DEFAULT_RTP_START;
            end = RtpSettings.DEFAULT_RTP_END;
        }
        RtpSettings settings = new RtpSettings(start, end, rtcpInterval, strict, probation, dtmfTimeout, threads);
        return new Reading(settings, List.copyOf(warnings), List.copyOf(notes), true);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** C's atoi (leading digits, else 0), warning when the value is not a number at all. */
    private static int atoi(ConfigEntry entry, List<String> warnings) {
        Integer parsed = leadingInt(entry.value());
        if (parsed == null) {
            warnings.add("Invalid value '" + entry.value() + "' for " + entry.name() + " at line " + entry.line()
                    + " of " + entry.file() + ", taken as 0");
            return 0;
        }
        return parsed;
    }

    private static Integer leadingInt(String value) {
        String text = value.strip();
        int i = 0;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digitsFrom = i;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i - digitsFrom < 9) {
            i++;
        }
        if (i == digitsFrom) {
            return null;
        }
        return Integer.parseInt(text.substring(0, i));
    }

    /** Asterisk's ast_true(). */
    private static boolean isTrue(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            default -> false;
        };
    }
}
