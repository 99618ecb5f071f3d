package org.asterism.pbx.dialplan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.api.dialplan.DialplanSource;

/** Contexts written in code for the engine's tests: {@code .context("default").exten("100", 1, "Answer()")}. */
public final class TestDialplan implements DialplanSource {

    private final String registrar;
    private final Map<String, List<DialplanEntry>> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> includes = new LinkedHashMap<>();
    private final Map<String, String> globals = new LinkedHashMap<>();
    private String current;
    private int line;

    public TestDialplan() {
        this("pbx_config");
    }

    public TestDialplan(String registrar) {
        this.registrar = registrar;
    }

    public TestDialplan context(String name) {
        current = name;
        entries.computeIfAbsent(name, k -> new ArrayList<>());
        includes.computeIfAbsent(name, k -> new ArrayList<>());
        return this;
    }

    /** {@code exten => 100/_2XX,1,Answer()}: the extension may carry a caller ID after a slash. */
    public TestDialplan exten(String extension, int priority, String appAndData) {
        return add(extension, priority, null, appAndData);
    }

    public TestDialplan label(String extension, int priority, String label, String appAndData) {
        return add(extension, priority, label, appAndData);
    }

    public TestDialplan hint(String extension, String devices) {
        entries.get(current).add(new DialplanEntry(extension, Optional.empty(), DialplanEntry.HINT, Optional.empty(), "",
                devices, "extensions.conf", ++line));
        return this;
    }

    public TestDialplan include(String context) {
        includes.get(current).add(context);
        return this;
    }

    public TestDialplan global(String name, String value) {
        globals.put(name, value);
        return this;
    }

    private TestDialplan add(String extension, int priority, String label, String appAndData) {
        int slash = extension.indexOf('/');
        String pattern = slash < 0 ? extension : extension.substring(0, slash);
        Optional<String> cid = slash < 0 ? Optional.empty() : Optional.of(extension.substring(slash + 1));
        int open = appAndData.indexOf('(');
        String app = open < 0 ? appAndData : appAndData.substring(0, open);
        String data = open < 0 ? "" : appAndData.substring(open + 1, appAndData.lastIndexOf(')'));
        entries.get(current).add(new DialplanEntry(pattern, cid, priority, Optional.ofNullable(label), app, data,
                "extensions.conf", ++line));
        return this;
    }

    @Override
    public String registrar() {
        return registrar;
    }

    @Override
    public List<DialplanContext> contexts() {
        List<DialplanContext> contexts = new ArrayList<>();
        entries.forEach((name, list) -> contexts.add(new DialplanContext(name, list, includes.get(name), registrar)));
        return contexts;
    }

    @Override
    public Map<String, String> globals() {
        return globals;
    }
}
