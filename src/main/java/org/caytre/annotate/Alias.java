package org.caytre.annotate;

import org.caytre.model.EntityType;

/**
 * One written form of a named entity. {@code id} is null for a phrase that blocks the names inside it
 * ("Mỹ La-tinh"). {@code caseSensitive}: must be written exactly so; {@code nameGuard}: a short word that is also a
 * personal name or common word, rejected inside a run of capitalised syllables.
 */
record Alias(String id, EntityType type, String text, String source, boolean caseSensitive, boolean nameGuard) {
    boolean blocks() { return id == null; }
}
