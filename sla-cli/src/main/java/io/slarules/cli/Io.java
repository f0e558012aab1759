package io.slarules.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.lang.reflect.Constructor;

/**
 * Where a command writes: its result to {@code out}; problems, notes and progress to {@code err}.
 * Commands take it in their constructor, through {@link #factory()}.
 */
record Io(PrintStream out, PrintStream err) {

    /** Makes the commands that take an {@code Io} with this one, everything else as picocli does. */
    CommandLine.IFactory factory() {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    Class<?>[] parameters = constructor.getParameterTypes();
                    if (parameters.length == 1 && parameters[0] == Io.class) {
                        constructor.setAccessible(true);
                        return type.cast(constructor.newInstance(Io.this));
                    }
                }
                return fallback.create(type);
            }
        };
    }
}
