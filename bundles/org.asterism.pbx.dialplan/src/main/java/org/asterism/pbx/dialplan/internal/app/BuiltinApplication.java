package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.pbx.dialplan.internal.Documented;

/** What the built-in applications share: their name, synopsis and documentation, and the two ready outcomes. */
abstract class BuiltinApplication implements DialplanApplication, Documented {

    /** Go on with the next priority (Asterisk's return value 0). */
    static final CompletionStage<Result> CONTINUE = CompletableFuture.completedStage(Result.CONTINUE);
    /** End the dialplan (Asterisk's -1). */
    static final CompletionStage<Result> HANGUP = CompletableFuture.completedStage(Result.HANGUP);

    private final String name;
    private final String synopsis;
    private final String syntax;
    private final String description;

    BuiltinApplication(String name, String synopsis, String syntax, String description) {
        this.name = name;
        this.synopsis = synopsis;
        this.syntax = syntax;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String synopsis() {
        return synopsis;
    }

    @Override
    public final String syntax() {
        return syntax;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String since() {
        return "13.8.0";
    }
}
