package io.slarules.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads DRL files from the class path: by name, or every one in the folders of some packages. */
public final class DrlSources {

    private DrlSources() {
    }

    /** The text of a class-path resource, or {@code null} when there is none. */
    static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .drl} file directly in the folders of the packages, by class-path name. */
    static Map<String, String> inPackages(ClassLoader loader, Collection<String> packages) {
        Map<String, String> files = new TreeMap<>();
        for (String pkg : packages) {
            String folder = pkg.replace('.', '/');
            try {
                Enumeration<URL> urls = loader.getResources(folder);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if ("file".equals(url.getProtocol())) {
                        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                            list.filter(p -> p.toString().endsWith(".drl")).forEach(p -> files.put(
                                    folder + "/" + p.getFileName(), readFile(p)));
                        }
                    } else if ("jar".equals(url.getProtocol())
                            && url.openConnection() instanceof JarURLConnection connection) {
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                                String name = e.nextElement().getName();
                                if (name.startsWith(folder + "/") && name.endsWith(".drl")
                                        && name.indexOf('/', folder.length() + 1) < 0) {
                                    files.put(name, read(loader, name));
                                }
                            }
                        }
                    }
                }
            } catch (IOException | URISyntaxException e) {
                // a folder that cannot be listed only costs the line numbers of its rules' errors
            }
        }
        return files;
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
