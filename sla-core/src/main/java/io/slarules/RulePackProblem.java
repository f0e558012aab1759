package io.slarules;

import java.util.Objects;

/**
 * One reason an engine could not be built with a rule pack.
 *
 * @param reason  what is wrong
 * @param pack    the pack's id
 * @param file    the file at fault: a DRL file, or the kjar's rule list; empty when the pack's
 *                descriptor is at fault (what it replaces, the versions it supports)
 * @param line    the line in {@code file}, from 1; 0 when not known
 * @param rule    the rule at fault; empty when no single rule is
 * @param message what is wrong, for people
 */
public record RulePackProblem(Reason reason, String pack, String file, int line, String rule, String message) {

    /** What can be wrong with a pack. */
    public enum Reason {
        /** The pack's rules are not on the class path. */
        NOT_FOUND,
        /** Its DRL does not compile, or its compiled rules do not load against this library. */
        DOES_NOT_COMPILE,
        /** It replaces a rule no other pack (nor the default rule base) has. */
        UNKNOWN_RULE_REPLACED,
        /** Two packs replace the same rule. */
        REPLACED_TWICE,
        /** Two rules (of the default rule base or of packs) have the same name. */
        DUPLICATE_RULE_NAME,
        /** A rule does not belong to a phase: its agenda group is none of the phases'. */
        RULE_WITHOUT_PHASE,
        /** The rules it holds are not the rules it declares it adds. */
        UNDECLARED_RULE,
        /** It does not support this library's version. */
        UNSUPPORTED_LIBRARY_VERSION,
        /** Two packs have the same id. */
        DUPLICATE_PACK
    }

    /**
     * Validates the fields.
     *
     * @param reason what is wrong
     * @param pack the pack's id
     * @param file the file at fault: a DRL file, or the kjar's rule list; empty when the pack's descriptor is at
     *             fault (what it replaces, the versions it supports)
     * @param line the line in {@code file}, from 1; 0 when not known
     * @param rule the rule at fault; empty when no single rule is
     * @param message what is wrong, for people
     */
    public RulePackProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("a line is 0 (unknown) or more, was " + line);
        }
    }

    /** The problem as one line: pack, file:line, rule, message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("rule pack ").append(pack);
        if (!file.isEmpty()) {
            text.append(", ").append(file);
            if (line > 0) {
                text.append(':').append(line);
            }
        }
        if (!rule.isEmpty()) {
            text.append(", rule \"").append(rule).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
