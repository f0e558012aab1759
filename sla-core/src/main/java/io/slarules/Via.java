package io.slarules;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The obligations a segment was passed on through, nearest first, sharing its tail with the
 * segment it was passed on from. Down a chain of n obligations a segment is passed on n times;
 * copying the path at every step would hold n²/2 names, sharing it holds n. Immutable: the list
 * of {@link Segment#via()}.
 */
final class Via extends AbstractList<String> {

    private static final Via EMPTY = new Via(null, null, 0, 1, 1);

    private final String nearest;
    private final Via further;
    private final int size;
    /** {@link List#hashCode()}, kept: walking a long path at every hash would be n² again. */
    private final int hash;
    /** 31 to the power of {@code size}, overflowing as {@code int} arithmetic does. */
    private final int power;

    private Via(String nearest, Via further, int size, int hash, int power) {
        this.nearest = nearest;
        this.further = further;
        this.size = size;
        this.hash = hash;
        this.power = power;
    }

    /** The path of a list: itself when it is one, else a copy (the names must not be null). */
    static Via of(List<String> names) {
        if (names instanceof Via via) {
            return via;
        }
        Via path = EMPTY;
        for (int i = names.size() - 1; i >= 0; i--) {
            path = path.after(Objects.requireNonNull(names.get(i), "via"));
        }
        return path;
    }

    /** This path with {@code name} in front, as the nearest obligation; this path is not copied. */
    Via after(String name) {
        // List's hash of [name, rest...] is 31^n + name*31^(n-1) + ...; with n-1 = size, it is the
        // rest's hash plus 31^size * (30 + name's hash)
        return new Via(name, this, size + 1, hash + power * (30 + name.hashCode()), power * 31);
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        Via at = this;
        for (int i = 0; i < index; i++) {
            at = at.further;
        }
        return at.nearest;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private Via next = Via.this;

            @Override
            public boolean hasNext() {
                return next.size > 0;
            }

            @Override
            public String next() {
                if (next.size == 0) {
                    throw new NoSuchElementException();
                }
                String name = next.nearest;
                next = next.further;
                return name;
            }
        };
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || super.equals(other);
    }
}
