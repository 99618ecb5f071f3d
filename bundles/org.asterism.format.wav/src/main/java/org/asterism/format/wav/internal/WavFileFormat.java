package org.asterism.format.wav.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.asterism.media.api.FileFormat;
import org.osgi.service.component.annotations.Component;

/**
 * format_wav: 16-bit mono PCM WAV files at 8 kHz (read as slin) or 16 kHz (slin16), as Asterisk's "wav" and "wav16"
 * formats; Playback finds them by the extensions below.
 */
@Component(service = FileFormat.class)
public final class WavFileFormat implements FileFormat {

    @Override
    public String name() {
        return "wav";
    }

    @Override
    public List<String> extensions() {
        return List.of("wav", "WAV", "wav16");
    }

    @Override
    public FrameReader open(Path file) throws IOException {
        return WavReader.open(file);
    }
}
