package org.asterism.pbx.config.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asterism.config.ConfigParser;
import org.asterism.config.ConfigSyntaxException;
import org.asterism.loader.Reloadable;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pbx_config: reads {@code extensions.conf} and offers it as a {@link DialplanSource} (registrar "pbx_config").
 * {@code dialplan reload} (and {@code module reload pbx_config}) reads it again and bumps the source's
 * {@code dialplan.generation}, upon which the engine swaps in the new dialplan whole. A file that cannot be parsed
 * leaves the dialplan in force; a missing file gives an empty one.
 */
@Component(service = { Reloadable.class, ExtensionsConfig.class })
public class ExtensionsConfig implements Reloadable {

    static final String FILE = "extensions.conf";
    /** Understood by the dialplan engine: clear the globals before setting this source's ones. */
    static final String CLEAR_GLOBALS = "dialplan.clearglobalvars";

    private static final Logger LOG = LoggerFactory.getLogger(ExtensionsConfig.class);

    private final Path folder;
    private final ExtensionsSource source = new ExtensionsSource();
    private final SourcePublisher.Published published;
    private long generation = 1;

    @Activate
    public ExtensionsConfig(BundleContext context) {
        this(ConfigFolder.resolve(System.getenv(), System.getProperties()), SourcePublisher.of(context));
    }

    ExtensionsConfig(Path folder, SourcePublisher publisher) {
        this.folder = folder;
        read().forEach(ExtensionsConfig::log);
        this.published = publisher.publish(source, properties());
    }

    @Deactivate
    void deactivate() {
        published.withdraw();
    }

    /** Reads extensions.conf again and swaps it in; returns the problems (also logged). */
    @Override
    public List<String> reload() {
        List<Problem> problems;
        synchronized (this) {
            problems = read();
            generation++;
            published.update(properties());
        }
        problems.forEach(ExtensionsConfig::log);
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.message()));
        return lines;
    }

    /** The file read, for messages. */
    Path file() {
        return folder.resolve(FILE);
    }

    ParsedDialplan current() {
        return source.current();
    }

    private List<Problem> read() {
        Path file = file();
        if (!Files.exists(file)) {
            source.set(ParsedDialplan.EMPTY);
            return List.of(Problem.warning("Parsing '" + file + "': Not found (No such file or directory)"));
        }
        try {
            ParsedDialplan parsed = new ExtensionsParser().parse(new ConfigParser().parse(file));
            source.set(parsed);
            return parsed.problems();
        } catch (NoSuchFileException e) {
            source.set(ParsedDialplan.EMPTY);
            return List.of(Problem.warning("Parsing '" + file + "': Not found (No such file or directory)"));
        } catch (ConfigSyntaxException e) {
            return List.of(Problem.error(e.getMessage() + "; the dialplan in force is kept"));
        } catch (IOException e) {
            return List.of(Problem.error("Could not read " + file + ": " + e + "; the dialplan in force is kept"));
        }
    }

    private Map<String, Object> properties() {
        return Map.of(DialplanSource.GENERATION, generation, CLEAR_GLOBALS, source.current().clearGlobals(),
                "registrar", ExtensionsSource.REGISTRAR);
    }

    private static void log(Problem problem) {
        if (problem.error()) {
            LOG.error(problem.message());
        } else {
            LOG.warn(problem.message());
        }
    }
}
