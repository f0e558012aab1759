package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main#run} in-process and keeps what it wrote. */
record CommandLine(int status, String out, String err) {

    /**
     * The folder of the shipped samples, from the module's directory (the tests' working directory):
     * they live in the examples module, where the README's paths point.
     */
    static final Path SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples");

    static CommandLine run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new CommandLine(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code sla evaluate} on a pair of samples, e.g. {@code "northwind"}, with more options. */
    static CommandLine evaluateSample(String name, String... options) {
        String[] args = new String[5 + options.length];
        args[0] = "evaluate";
        args[1] = "--agreement";
        args[2] = sample(name + "-agreement.yaml");
        args[3] = "--timeline";
        args[4] = sample(name + "-timeline.yaml");
        System.arraycopy(options, 0, args, 5, options.length);
        return run(args);
    }

    static String sample(String file) {
        return SAMPLES.resolve(file).toString();
    }

    /** What a batch wrote: one JSON object a line, in order. */
    static List<JsonNode> jsonLines(String out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }
}
