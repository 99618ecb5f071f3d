package org.asterism.pbx.dialplan.internal.plan;

import java.util.List;
import java.util.Map;

/**
 * One context, compiled: its extensions in Asterisk's matching order, literal ones also indexed by name (so an exact
 * number is found without scanning), and its includes. Immutable.
 *
 * @param name the context's name
 * @param registrar who created it ("pbx_config")
 * @param extensions every extension in {@code ext_cmp} order (literals first, then patterns, more specific first)
 * @param literals literal extensions by dialled name (dashes removed), caller-ID-limited ones first
 * @param patterns the pattern extensions, in order
 * @param includes the included contexts, in order
 */
public record CompiledContext(String name, String registrar, List<CompiledExtension> extensions,
        Map<String, List<CompiledExtension>> literals, List<CompiledExtension> patterns, List<Include> includes) {
}
