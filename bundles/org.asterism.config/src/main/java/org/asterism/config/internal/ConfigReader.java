package org.asterism.config.internal;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.asterism.config.ConfigDocument;
import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigSyntaxException;

/**
 * One parse: reads the main file and its includes line by line, in a single pass, and dispatches each line
 * as config.c's {@code process_text_line()} does — a {@code [header]}, a {@code #directive} or an entry.
 * <p>
 * Includes follow config.c: relative paths are relative to the configuration folder; an included file
 * continues the section that was current at the {@code #include}, and after it the including file
 * continues its own section; nesting is limited to 10 levels; a loop is reported (Asterisk only notices
 * the depth limit). Not thread-safe; one instance per parse.
 */
public final class ConfigReader {

    /** config.c's MAX_INCLUDE_LEVEL. */
    static final int MAX_INCLUDE_LEVEL = 10;

    private record Frame(Path identity, String file) {
    }

    private final Path configDir;
    private final IncludeGlob glob;
    private final SectionTable sections = new SectionTable();
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Frame> includeStack = new ArrayList<>();

    public ConfigReader(Path configDir) {
        this.configDir = configDir.toAbsolutePath().normalize();
        this.glob = new IncludeGlob(this.configDir);
    }

    /** Parses a file on disk and everything it includes. */
    public ConfigDocument readFile(Path file) throws IOException, ConfigSyntaxException {
        Path path = file.toAbsolutePath().normalize();
        String text = decode(Files.readAllBytes(path));
        files.add(path);
        parse(identity(path), displayName(path), text, null);
        return document();
    }

    /** Parses text as if it were the file {@code fileName} in the configuration folder. */
    public ConfigDocument readText(String fileName, String text) throws IOException, ConfigSyntaxException {
        Path path = configDir.resolve(fileName).normalize();
        parse(identity(path), fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, null);
        return document();
    }

    private ConfigDocument document() {
        return new ConfigDocument(sections.concrete(), new ArrayList<>(files), warnings);
    }

    /** Parses one file's text; returns the section that is current at its end. */
    private SectionBuilder parse(Path identity, String file, String text, SectionBuilder current)
            throws IOException, ConfigSyntaxException {
        includeStack.add(new Frame(identity, file));
        CommentStripper comments = new CommentStripper(file);
        int lineNo = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNo++;
            String line = comments.strip(text.substring(start, end), lineNo).trim(); // trim(): Asterisk's "< 33" blanks, CR included
            if (!line.isEmpty()) {
                current = processLine(line, file, lineNo, current);
            }
            start = end + 1;
        }
        int openSince = comments.unterminatedSince();
        if (openSince > 0) {
            warn(file, openSince, "Unterminated block comment ';--'");
        }
        includeStack.remove(includeStack.size() - 1);
        return current;
    }

    private SectionBuilder processLine(String line, String file, int lineNo, SectionBuilder current)
            throws IOException, ConfigSyntaxException {
        switch (line.charAt(0)) {
            case '[':
                return sections.header(line, file, lineNo);
            case '#':
                directive(line, file, lineNo, current);
                return current;
            default:
                entry(line, file, lineNo, current);
                return current;
        }
    }

    private void directive(String line, String file, int lineNo, SectionBuilder current)
            throws IOException, ConfigSyntaxException {
        int nameEnd = 1;
        while (nameEnd < line.length() && line.charAt(nameEnd) > ' ') {
            nameEnd++;
        }
        String directive = line.substring(1, nameEnd);
        String argument = line.substring(nameEnd).trim();
        boolean optional;
        if (directive.equalsIgnoreCase("include")) {
            optional = false;
        } else if (directive.equalsIgnoreCase("tryinclude")) {
            optional = true;
        } else if (directive.equalsIgnoreCase("exec")) {
            throw new ConfigSyntaxException(file, lineNo,
                    "#exec is not supported: Asterism does not run programs from configuration files");
        } else {
            warn(file, lineNo, "Unknown directive '#" + directive + "'");
            return;
        }
        if (argument.isEmpty()) {
            warn(file, lineNo, "Directive '#" + directive + "' needs an argument (filename)");
            return;
        }
        include(dequote(argument), optional, file, lineNo, current);
    }

    private void include(String pattern, boolean optional, String file, int lineNo, SectionBuilder current)
            throws IOException, ConfigSyntaxException {
        if (includeStack.size() > MAX_INCLUDE_LEVEL) {
            throw new ConfigSyntaxException(file, lineNo, "Maximum Include level (" + MAX_INCLUDE_LEVEL + ") exceeded");
        }
        int read = 0;
        SectionBuilder section = current; // files matched by one glob continue each other's section, as in config.c
        for (Path path : glob.expand(pattern)) {
            if (!Files.exists(path)) {
                continue;
            }
            if (!Files.isRegularFile(path)) {
                warn(file, lineNo, "'" + displayName(path) + "' is not a regular file, ignoring");
                continue;
            }
            Path identity = identity(path);
            checkLoop(identity, displayName(path), file, lineNo);
            String text = decode(Files.readAllBytes(path));
            files.add(path.toAbsolutePath().normalize());
            section = parse(identity, displayName(path), text, section);
            read++;
        }
        if (read == 0 && !optional) {
            throw new ConfigSyntaxException(file, lineNo,
                    "The file '" + pattern + "' was listed as a #include but it does not exist");
        }
    }

    private void checkLoop(Path identity, String included, String file, int lineNo) throws ConfigSyntaxException {
        for (int i = 0; i < includeStack.size(); i++) {
            if (includeStack.get(i).identity().equals(identity)) {
                StringBuilder chain = new StringBuilder();
                for (Frame frame : includeStack.subList(i, includeStack.size())) {
                    chain.append(frame.file()).append(" -> ");
                }
                chain.append(included);
                throw new ConfigSyntaxException(file, lineNo, "#include loop: " + chain);
            }
        }
    }

    /**
     * {@code name = value}, {@code name => value} or {@code name += value}. A leading backslash escapes the
     * first character of the name (so a name may start with {@code [} or {@code #}, or contain {@code =} there).
     */
    private static void entry(String line, String file, int lineNo, SectionBuilder section) throws ConfigSyntaxException {
        if (section == null) {
            throw new ConfigSyntaxException(file, lineNo, "parse error: No category context");
        }
        int nameStart = 0;
        int searchFrom = 0;
        if (line.charAt(0) == '\\') {
            if (line.length() < 2 || line.charAt(1) <= ' ') {
                throw new ConfigSyntaxException(file, lineNo, "Invalid escape");
            }
            nameStart = 1;
            searchFrom = 2;
        }
        int equals = line.indexOf('=', searchFrom);
        if (equals < 0) {
            throw new ConfigSyntaxException(file, lineNo, "No '=' (equal sign)");
        }
        if (equals > searchFrom && line.charAt(equals - 1) == '+') {
            String name = requireName(line.substring(nameStart, equals - 1).trim(), file, lineNo);
            section.append(name, line.substring(equals + 1), file, lineNo);
            return;
        }
        String name = requireName(line.substring(nameStart, equals).trim(), file, lineNo);
        int valueStart = equals + 1;
        if (valueStart < line.length() && line.charAt(valueStart) == '>') {
            valueStart++; // "=>" is "=" with the object flag, which only matters when Asterisk writes files
        }
        section.entries.add(new ConfigEntry(name, line.substring(valueStart).trim(), file, lineNo));
    }

    private static String requireName(String name, String file, int lineNo) throws ConfigSyntaxException {
        if (name.isEmpty()) {
            throw new ConfigSyntaxException(file, lineNo, "No variable name");
        }
        return name;
    }

    /** Strips one pair of surrounding {@code "…"} or {@code <…>}, as config.c does. */
    private static String dequote(String argument) {
        if (argument.length() < 2) {
            return argument;
        }
        char first = argument.charAt(0);
        char last = argument.charAt(argument.length() - 1);
        if ((first == '"' && last == '"') || (first == '<' && last == '>')) {
            return argument.substring(1, argument.length() - 1);
        }
        return argument;
    }

    private void warn(String file, int lineNo, String message) {
        warnings.add(message + " at line " + lineNo + " of " + file);
    }

    /** The name shown to operators: relative to the configuration folder when inside it, with '/' separators. */
    private String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.startsWith(configDir) ? configDir.relativize(absolute).toString() : absolute.toString();
        return File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/');
    }

    /** What makes two paths the same file for loop detection: the real path when it exists. */
    private static Path identity(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * UTF-8 without its BOM; a file that is not valid UTF-8 (an old Latin-1 file) is read as ISO-8859-1, which
     * keeps every byte, where Asterisk passes bytes through untouched.
     */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
        }
    }
}
