package org.asterism.pbx.dialplan.internal;

import static org.junit.Assert.fail;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.dialplan.DialplanApplication;

/** An engine with every built-in application and function, a recording log, and helpers to run calls. */
public final class Pbx implements AutoCloseable {

    public final RecordingLog log = new RecordingLog();
    public final DialplanEngine engine;
    private long nextSourceId = 1;

    public Pbx() {
        this(Clock.systemDefaultZone());
    }

    public Pbx(Clock clock) {
        engine = new DialplanEngine(log, clock);
        BuiltinServices.applications(engine).forEach(engine::addApplication);
        BuiltinServices.functions(engine).forEach(engine::addFunction);
    }

    /** Registers a source as the next service, generation 1. */
    public Pbx load(org.asterism.pbx.api.dialplan.DialplanSource source) {
        engine.addSource(source, Map.of("service.id", nextSourceId++, "dialplan.generation", 1L));
        return this;
    }

    /** Registers an application made of a lambda. */
    public Pbx app(String name, BiFunction<Channel, String, CompletionStage<DialplanApplication.Result>> body) {
        engine.addApplication(new DialplanApplication() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String synopsis() {
                return "Test application " + name;
            }

            @Override
            public CompletionStage<Result> execute(Channel channel, String data) {
                return body.apply(channel, data);
            }
        });
        return this;
    }

    /** Runs the dialplan on a channel and waits (10 s at most) for it to end. */
    public void run(Channel channel) {
        await(engine.run(channel));
    }

    public static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("the dialplan did not end within 10 s");
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static CompletionStage<DialplanApplication.Result> proceed() {
        return CompletableFuture.completedFuture(DialplanApplication.Result.CONTINUE);
    }

    /** The substitution of {@code text} for a channel. */
    public String sub(Channel channel, String text) {
        return engine.substitute(channel, text);
    }

    @Override
    public void close() {
        engine.deactivate();
    }
}
