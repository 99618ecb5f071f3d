package org.asterism.config.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Expands the argument of {@code #include} the way config.c calls {@code glob(3)} with
 * {@code GLOB_NOMAGIC | GLOB_BRACE}: a path without any of <code>* ? [ {</code> is returned as is (whether or not it
 * exists); otherwise every existing path matching the pattern, sorted. As in POSIX, a wildcard does not
 * match a leading dot, so editor leftovers such as {@code .#trunks.conf} are not included.
 * Relative patterns are relative to the configuration folder.
 */
final class IncludeGlob {

    private final Path configDir;

    IncludeGlob(Path configDir) {
        this.configDir = configDir;
    }

    List<Path> expand(String pattern) throws IOException {
        if (!hasMagic(pattern)) {
            return List.of(configDir.resolve(pattern).normalize());
        }
        Path start = pattern.startsWith("/") ? configDir.getFileSystem().getPath("/") : configDir;
        List<Path> current = List.of(start);
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            List<Path> next = new ArrayList<>();
            for (Path dir : current) {
                if (!hasMagic(segment)) {
                    next.add(dir.resolve(segment));
                } else if (Files.isDirectory(dir)) {
                    addMatches(dir, segment, next);
                }
            }
            current = next;
        }
        List<Path> matches = new ArrayList<>(current.size());
        for (Path path : current) {
            matches.add(path.normalize());
        }
        matches.sort(Comparator.comparing(Path::toString));
        return matches;
    }

    private static void addMatches(Path dir, String segment, List<Path> into) throws IOException {
        PathMatcher matcher;
        try {
            matcher = dir.getFileSystem().getPathMatcher("glob:" + segment);
        } catch (PatternSyntaxException e) {
            matcher = path -> path.toString().equals(segment); // glob(3) takes an unclosed '[' literally
        }
        boolean dotExplicit = segment.startsWith(".");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Path fileName = entry.getFileName();
                if ((dotExplicit || !fileName.toString().startsWith(".")) && matcher.matches(fileName)) {
                    into.add(entry);
                }
            }
        }
    }

    private static boolean hasMagic(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            switch (pattern.charAt(i)) {
                case '*', '?', '[', '{':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
