package io.slarules.rules.internal.facts;

import java.util.List;
import java.util.Objects;

/**
 * Whose turn it is in phase "propagate": the obligations in dependency order (every obligation
 * after those it depends on, ties in the agreement's order), computed once in Java, and the one
 * being attributed now. The propagate rules look only at the obligation whose turn it is, so they
 * need not search the graph for an obligation whose dependencies are all attributed; attributing
 * it passes the turn on.
 *
 * @param order    the obligations' ids in dependency order
 * @param position the index of the obligation whose turn it is
 */
public record AttributionTurn(List<String> order, int position) {

    /**
     * Validates the fields.
     *
     * @param order the obligations' ids in dependency order
     * @param position the index of the obligation whose turn it is
     */
    public AttributionTurn {
        Objects.requireNonNull(order, "order");
        if (position < 0 || position >= order.size()) {
            throw new IllegalArgumentException("SLA Rules: turn " + position + " of " + order.size() + " obligations");
        }
    }

    /** {@return the obligation whose turn it is} */
    public String subject() {
        return order.get(position);
    }

    /** {@return whether another obligation comes after this one} */
    public boolean hasNext() {
        return position + 1 < order.size();
    }

    /** {@return the turn of the next obligation} */
    public AttributionTurn next() {
        return new AttributionTurn(order, position + 1);
    }
}
