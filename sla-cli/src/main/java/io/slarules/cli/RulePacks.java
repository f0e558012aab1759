package io.slarules.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * {@code --rule-pack PATH}: a vendor's rule pack from a file, so packs are usable without writing
 * Java. PATH is a jar (a kjar built by {@code kie-maven-plugin}) or a folder (a kjar's classes, or
 * DRL files). The pack's descriptor is, in this order:
 * <ol>
 *   <li>the pack's own {@link RulePackProvider}, when the jar or folder registers one in
 *       {@code META-INF/services} (what a pack built as the examples are ships);</li>
 *   <li>else a {@code rule-pack.yaml} at its root ({@code id}, {@code version},
 *       {@code description}, {@code replaces}, {@code adds}, {@code concurrentDelayPolicies},
 *       {@code supportsLibraryVersions}; every field optional) over the rules found: the compiled
 *       model a kjar lists under {@code META-INF/kie/GROUP/ARTIFACT/drools-model}, or else every
 *       {@code .drl} file under the root, compiled when the engine is built.</li>
 * </ol>
 * Without a descriptor a pack adds its rules and replaces none; its id is the kjar's artifact id or
 * the folder's name. A pack is code: name only packs you trust.
 */
final class RulePacks {

    /** The name of a pack's descriptor at the root of its jar or folder. */
    static final String DESCRIPTOR = "rule-pack.yaml";

    private static final String PROVIDERS = "META-INF/services/" + RulePackProvider.class.getName();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What a {@code rule-pack.yaml} may say. */
    record Descriptor(String id, String version, String description, List<String> replaces, List<String> adds,
                      List<String> concurrentDelayPolicies, String supportsLibraryVersions) {
        Descriptor {
            replaces = replaces == null ? List.of() : List.copyOf(replaces);
            adds = adds == null ? List.of() : List.copyOf(adds);
            concurrentDelayPolicies = concurrentDelayPolicies == null ? List.of() : List.copyOf(concurrentDelayPolicies);
        }
    }

    private RulePacks() {
    }

    /**
     * The packs of the paths, in order.
     *
     * @throws InvalidInputException naming each path that is not a usable pack, and why
     */
    static List<RulePack> load(List<Path> paths) {
        List<RulePack> packs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            try {
                packs.addAll(load(path));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        return packs;
    }

    private static List<RulePack> load(Path path) {
        String source = path.toString();
        boolean folder = Files.isDirectory(path);
        if (!folder && !Files.isRegularFile(path)) {
            throw invalid(source, "", "--rule-pack: no such jar or folder");
        }
        if (!folder && !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            throw invalid(source, "", "--rule-pack: neither a jar (a kjar) nor a folder (of a kjar's classes or of DRL files)");
        }
        List<String> entries = entries(path, folder);
        URLClassLoader loader = new URLClassLoader("rule pack " + path.getFileName(), new URL[] {url(path)},
                RulePacks.class.getClassLoader());
        if (entries.contains(PROVIDERS)) {
            List<RulePack> provided = ServiceLoader.load(RulePackProvider.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .map(p -> p.get().rulePack()).toList();
            if (!provided.isEmpty()) {
                return provided;
            }
        }
        Descriptor descriptor = entries.contains(DESCRIPTOR) ? descriptor(path, folder, loader)
                : new Descriptor(null, null, null, null, null, null, null);
        List<String> models = entries.stream()
                .filter(e -> e.startsWith("META-INF/kie/") && e.endsWith("/drools-model")
                        && e.split("/").length == 5).sorted().toList();
        List<String> drl = entries.stream().filter(e -> e.endsWith(".drl")).sorted().toList();
        if (models.isEmpty() && drl.isEmpty()) {
            throw invalid(source, "", "--rule-pack: holds no rules: no compiled kjar model (META-INF/kie/.../drools-model),"
                    + " no .drl file and no " + RulePackProvider.class.getSimpleName());
        }
        if (models.size() > 1) {
            throw invalid(source, "", "--rule-pack: holds " + models.size() + " kjar models; a pack is one kjar: " + models);
        }
        try {
            String[] coordinates = models.isEmpty() ? null : models.get(0).split("/");
            String id = descriptor.id() != null ? descriptor.id()
                    : coordinates != null ? coordinates[3] : id(path.getFileName().toString());
            RulePack.Builder builder = RulePack.builder(id)
                    .version(descriptor.version() != null ? descriptor.version()
                            : coordinates != null ? pomVersion(loader, coordinates[2], coordinates[3]) : "0")
                    .classLoader(loader);
            if (descriptor.description() != null) {
                builder.description(descriptor.description());
            }
            if (coordinates != null) {
                builder.kjar(coordinates[2], coordinates[3]);
            } else {
                builder.drl(drl.toArray(String[]::new));
            }
            if (!descriptor.adds().isEmpty()) {
                builder.adds(descriptor.adds().toArray(String[]::new));
            }
            if (!descriptor.replaces().isEmpty()) {
                builder.replaces(descriptor.replaces().toArray(String[]::new));
            }
            descriptor.concurrentDelayPolicies().forEach(builder::concurrentDelayPolicy);
            if (descriptor.supportsLibraryVersions() != null) {
                builder.supportsLibraryVersions(descriptor.supportsLibraryVersions());
            }
            return List.of(builder.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw invalid(entries.contains(DESCRIPTOR) ? source + "/" + DESCRIPTOR : source, "", e.getMessage());
        }
    }

    /** The names of the files in the jar or under the folder, '/'-separated, relative to its root. */
    private static List<String> entries(Path path, boolean folder) {
        try {
            if (folder) {
                try (Stream<Path> files = Files.walk(path)) {
                    return files.filter(Files::isRegularFile)
                            .map(f -> path.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                            .sorted().toList();
                }
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                return jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).sorted().toList();
            }
        } catch (IOException e) {
            throw invalid(path.toString(), "", "--rule-pack: cannot be read: " + e.getMessage());
        }
    }

    private static Descriptor descriptor(Path path, boolean folder, URLClassLoader loader) {
        String source = path + "/" + DESCRIPTOR;
        URL url = folder ? url(path.resolve(DESCRIPTOR)) : loader.findResource(DESCRIPTOR);
        try (InputStream in = url.openStream()) {
            return YAML.readValue(in, Descriptor.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw invalid(source, field, e instanceof UnrecognizedPropertyException
                    ? "unknown field; expected id, version, description, replaces, adds, concurrentDelayPolicies,"
                    + " supportsLibraryVersions" : e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(source, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The kjar's version, as Maven wrote it into the jar; "0" when it did not. */
    private static String pomVersion(URLClassLoader loader, String groupId, String artifactId) {
        URL url = loader.findResource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
        if (url == null) {
            return "0";
        }
        try (InputStream in = url.openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() ? "0" : version;
        } catch (IOException e) {
            return "0";
        }
    }

    /** A pack id from a folder's or jar's name: lower-case letters, digits and hyphens. */
    static String id(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("\\.jar$", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "rule-pack" : base;
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("SLA Rules: a path without a URL: " + path, e);
        }
    }

    private static InvalidInputException invalid(String source, String path, String message) {
        return InvalidInputException.of(null, Problem.at(source, path, message));
    }
}
