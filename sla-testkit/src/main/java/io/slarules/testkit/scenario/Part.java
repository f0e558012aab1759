package io.slarules.testkit.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The agreement or the timeline of a scenario, kept as read so that reading it (and refusing it)
 * happens when the scenario runs, by sla-core's readers.
 *
 * @param source what problems name as their source: {@code agreement} or {@code timeline} when
 *               inline, the path as written when in a file of its own
 * @param inline the object written in the scenario, or {@code null}
 * @param text   the content of the file referred to, or {@code null}
 * @param yaml   whether {@code text} is YAML rather than JSON
 */
record Part(String source, ObjectNode inline, String text, boolean yaml) {
}
