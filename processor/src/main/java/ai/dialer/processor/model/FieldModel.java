package ai.dialer.processor.model;

import java.util.List;

/**
 * One key of a JSON object: an action's parameter or a record's component.
 *
 * @param javaName the parameter's or component's name in Java
 * @param wireName the key on the wire
 * @param description what it means (may be empty for record components)
 * @param type its type
 * @param required whether it must be present and not null
 * @param defaultJson the default as canonical JSON, or {@code null}
 * @param constraints what its constraint annotations declare
 * @param examplesJson typical values, as canonical JSON
 */
public record FieldModel(
    String javaName,
    String wireName,
    String description,
    ValueType type,
    boolean required,
    String defaultJson,
    Constraints constraints,
    List<String> examplesJson) {}
