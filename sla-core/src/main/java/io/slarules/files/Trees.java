package io.slarules.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;

/**
 * Parses the text of a file into a tree of plain data: objects, lists, text, numbers. Nothing in
 * a file can name a type to instantiate; numbers with a fraction are kept as exact decimals; a
 * duplicate key, a YAML alias or trailing content is refused rather than silently resolved.
 *
 * <p>Public for readers of formats built on these files (the test kit's scenario files), so that
 * every file of the project is read with the same strictness.
 */
public final class Trees {

    /** More than enough for any agreement; bounds the memory a hostile file can take. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    /**
     * The longest number a file may write, in characters: far more than the 18 integer digits and
     * 12 decimals a number may have, and short enough that no number costs time to parse. The
     * bound on the number itself is the readers' ({@link io.slarules.model.InputLimits}).
     */
    static final int MAX_NUMBER_CHARS = 100;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_CHARS)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // 0.50 and 0.5 reach the model as written, and a clause id 12.10 is not cut to 12.1
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // yes/no/on/off stay text: a party called "no" must not turn into false
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private static final ObjectMapper YAML = YAMLMapper.builder(YAML_FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Trees() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CHARS);
        return options;
    }

    /**
     * The tree of a file's text.
     *
     * @throws InvalidInputException with one problem when the text is too large, empty, not
     *                               well-formed (its message naming line and column) or uses a
     *                               YAML alias
     * @param text the file's content
     * @param source what problems name as their source, e.g. the file's name
     * @param yaml whether the text is YAML rather than JSON
     * @return the parsed tree
     */
    public static JsonNode parse(String text, String source, boolean yaml) {
        if (text.length() > MAX_CHARS) {
            throw fail(source, "is too large: " + text.length() + " characters, at most " + MAX_CHARS + " are read");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            if (yaml) {
                refuseAliases(body, source);
            }
            root = (yaml ? YAML : JSON).readTree(body);
        } catch (JacksonException e) {
            throw fail(source, malformed(e, yaml));
        } catch (YAMLException e) {
            throw fail(source, "is not valid YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw fail(source, "cannot be parsed: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw fail(source, "is empty: expected an object of fields");
        }
        return root;
    }

    /**
     * The YAML parser does not expand an alias but gives the anchor's name as text in its place,
     * which would be read as a wrong value without a word; so a file with an alias is refused.
     * Refusing aliases also refuses every alias bomb, whatever the loader's alias limit. The same
     * pass refuses a number too long to be worth parsing.
     */
    private static void refuseAliases(String body, String source) throws IOException {
        try (JsonParser parser = YAML_FACTORY.createParser(body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken().isNumeric() && parser.getTextLength() > MAX_NUMBER_CHARS) {
                    // the YAML parser does not apply the stream constraints: a million digits would take seconds
                    throw fail(source, "is not valid YAML" + where(parser.currentTokenLocation()) + ": a number longer than "
                            + MAX_NUMBER_CHARS + " characters (numbers have at most " + io.slarules.model.InputLimits.MAX_INTEGER_DIGITS
                            + " digits before the decimal point and " + io.slarules.model.InputLimits.MAX_DECIMALS + " after it)");
                }
                if (((YAMLParser) parser).isCurrentAlias()) {
                    throw fail(source, "uses the YAML alias *" + parser.getText() + where(parser.currentTokenLocation())
                            + ": aliases are not allowed, write the value out");
                }
            }
        }
    }

    private static String malformed(JacksonException e, boolean yaml) {
        String original = firstLine(e.getOriginalMessage());
        String reason;
        if (e.getCause() instanceof MarkedYAMLException marked) {
            reason = (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
        } else if (original.startsWith("Number value length")) {
            reason = "a number longer than " + MAX_NUMBER_CHARS + " characters (numbers have at most "
                    + io.slarules.model.InputLimits.MAX_INTEGER_DIGITS + " digits before the decimal point and "
                    + io.slarules.model.InputLimits.MAX_DECIMALS + " after it)";
        } else if (original.startsWith("Trailing token")) {
            // Jackson's own sentence names its classes and features, which mean nothing to an author
            reason = "more content follows the " + (yaml ? "first document" : "object") + "; a file holds one";
        } else {
            reason = original;
        }
        return "is not valid " + (yaml ? "YAML" : "JSON") + where(e.getLocation()) + ": " + reason;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static InvalidInputException fail(String source, String message) {
        return InvalidInputException.of(null, Problem.at(source, "", message));
    }
}
