package org.asterism.sip.core.internal.command;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.cli.CliContext;

/**
 * What {@link ObjectCommand} needs of an object type besides its heading: the rest of Asterisk's
 * {@code ast_sip_cli_formatter_entry} (get_container, retrieve_by_id, get_id, print_body).
 */
interface ObjectCatalog<T> {

    /** The column headings, as {@code print_header}. */
    void printHeader(CliContext context);

    /** Every object, in the order Asterisk lists them (by id). */
    List<T> all();

    Optional<T> find(String id);

    /** The id that {@code like} patterns and completion see. */
    String id(T object);

    /** One object's line, its children's when recursing, and its options when the context shows details. */
    void printBody(T object, CliContext context);
}
