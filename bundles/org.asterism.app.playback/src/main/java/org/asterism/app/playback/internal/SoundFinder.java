package org.asterism.app.playback.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asterism.media.api.FileFormat;

/**
 * Where a sound is, as main/file.c's fileexists_core looks: {@code sounds/<language>/name}, the language without its
 * dialect suffixes ({@code en_GB} then {@code en}), then {@code sounds/name}, then the default language {@code en};
 * in each folder, every registered file format's extensions in turn. An absolute name is taken as it is.
 */
final class SoundFinder {

    private static final String DEFAULT_LANGUAGE = "en";

    /** A file found, and the format that reads it. */
    record Sound(Path file, FileFormat format) {
    }

    private final Path sounds;

    SoundFinder(Path sounds) {
        this.sounds = sounds;
    }

    Optional<Sound> find(String name, String language, List<FileFormat> formats) {
        for (Path base : candidates(name, language)) {
            for (FileFormat format : formats) {
                for (String extension : format.extensions()) {
                    Path file = base.resolveSibling(base.getFileName() + "." + extension);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(new Sound(file, format));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The paths to try, without extension. */
    List<Path> candidates(String name, String language) {
        List<Path> paths = new ArrayList<>();
        if (name.startsWith("/")) {
            paths.add(Path.of(name));
            return paths;
        }
        String lang = language == null ? "" : language;
        while (!lang.isEmpty()) {
            paths.add(sounds.resolve(lang).resolve(name));
            int underscore = lang.lastIndexOf('_');
            lang = underscore < 0 ? "" : lang.substring(0, underscore);
        }
        paths.add(sounds.resolve(name));
        String preferred = language == null ? "" : language;
        String stripped = preferred.contains("_") ? preferred.substring(0, preferred.indexOf('_')) : preferred;
        if (!preferred.equals(DEFAULT_LANGUAGE) && !stripped.equals(DEFAULT_LANGUAGE)) {
            paths.add(sounds.resolve(DEFAULT_LANGUAGE).resolve(name));
        }
        return paths;
    }
}
