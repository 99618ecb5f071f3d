package org.asterism.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The output of {@code module show like ...}: Asterisk's table of modules, parsed for assertions. */
public final class ModuleTable {

    /** "res_pjsip_transport_udp.so    PJSIP UDP transport   0   Running   core" */
    private static final Pattern ROW = Pattern.compile("^(\\S+\\.so)\\s+(.+?)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern HEADER = Pattern.compile("^Module\\s+Description\\s+Use Count\\s+Status\\s+Support Level\\s*$");
    private static final Pattern FOOTER = Pattern.compile("^(\\d+) modules? loaded\\s*$");

    /** One row: module, description, use count, status, support level. */
    public static final class Row {
        public final String module;
        public final String description;
        public final int useCount;
        public final String status;
        public final String supportLevel;

        Row(Matcher m) {
            module = m.group(1);
            description = m.group(2);
            useCount = Integer.parseInt(m.group(3));
            status = m.group(4);
            supportLevel = m.group(5);
        }
    }

    private final String text;
    private final boolean header;
    private final List<Row> rows = new ArrayList<>();
    private final int loaded;

    public ModuleTable(String text) {
        this.text = text;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        header = !lines.isEmpty() && HEADER.matcher(lines.get(0)).matches();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Row(row));
            }
        }
        Matcher footer = lines.isEmpty() ? null : FOOTER.matcher(lines.get(lines.size() - 1));
        loaded = footer != null && footer.matches() ? Integer.parseInt(footer.group(1)) : -1;
    }

    /** The first line is Asterisk's header: Module, Description, Use Count, Status, Support Level. */
    public boolean hasHeader() {
        return header;
    }

    /** N of the last line "N modules loaded"; -1 when the last line is not that. */
    public int loadedCount() {
        return loaded;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of {@code module} ("res_pjsip_logger.so"), or null. */
    public Row row(String module) {
        return rows.stream().filter(r -> r.module.equals(module)).findFirst().orElse(null);
    }

    public boolean isRunning(String module) {
        Row row = row(module);
        return row != null && row.status.equals("Running");
    }

    @Override
    public String toString() {
        return text;
    }
}
