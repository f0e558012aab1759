package io.slarules.files;

import io.slarules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.slarules.files.SampleFiles.problems;
import static io.slarules.files.SampleFiles.replaced;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers, amounts, ids and names a file may hold (issue 11, points 6, 7 and 10): each refused with
 * its field path and a short message, in bounded time.
 *
 * <p>The timeouts catch a number that would take minutes or forever to read (an exponent expanded digit by
 * digit, a quadratic scan), not a slow machine: they are generous because CI shares its cores.
 */
class InputLimitsFilesTest {

    /** Seconds: a hang or a blow-up is caught, a loaded machine is not (about 2.5 s at a load of 10 here). */
    private static final int BOUNDED = 60;

    private static List<Problem> agreementProblems(String piece, String replacement) {
        String text = replaced("agreement.yaml", piece, replacement);
        return problems(() -> Agreements.parse(text, "a.yaml", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e100000000", "1e-100000000", "1234567890123456789.5", "0.0000000000001"})
    @Timeout(BOUNDED)
    void percentageOutOfBoundsIsRefusedAtItsPathAtOnce(String number) {
        List<Problem> problems = agreementProblems("rate: {percentOfValue: 0.5, per: DAY}",
                "rate: {percentOfValue: " + number + ", per: DAY}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("penalties[0].rate.percentOfValue");
            assertThat(p.message()).containsAnyOf("too large", "too many decimals").hasSizeLessThan(200);
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Timeout(BOUNDED)
    void millionDigitNumberIsRefusedWithAShortMessage(boolean yaml) {
        String digits = "1".repeat(1_000_000);
        String text = yaml ? replaced("agreement.yaml", "rate: {percentOfValue: 0.5, per: DAY}",
                "rate: {percentOfValue: " + digits + ", per: DAY}")
                : SampleFiles.text("agreement.json").replace("\"percentOfValue\": 0.5", "\"percentOfValue\": " + digits);
        List<Problem> problems = problems(() -> Agreements.parse(text, "a", yaml));

        // YAML reads a plain scalar that long as text (its resolver's number forms are bounded): refused at its path
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).hasSizeLessThan(300)
                .contains(yaml ? "(1000000 characters)" : "a number longer than 100 characters"));
    }

    @Test
    @Timeout(BOUNDED)
    void hugeExponentInJsonIsRefusedAtItsPath() {
        String text = SampleFiles.text("agreement.json").replace("\"percentOfValue\": 0.5", "\"percentOfValue\": 1e999999999");

        assertThat(problems(() -> Agreements.parse(text, "a.json", false))).singleElement()
                .satisfies(p -> assertThat(p.path()).endsWith("rate.percentOfValue"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1000.005 EUR\"", "\"200000.001 EUR\""})
    void amountFinerThanTheCurrencyIsRefusedAtItsPath(String amount) {
        List<Problem> problems = agreementProblems("value: \"200000.00 EUR\"", "value: " + amount);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("penalties[0].value");
            assertThat(p.message()).contains("finer than EUR allows");
        });
    }

    @Test
    void yenWithCentsIsRefused() {
        String text = replaced("agreement.yaml", "currency: EUR", "currency: JPY")
                .replace("200000.00 EUR", "200000.50 JPY").replace(" EUR\"", " JPY\"");
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("penalties[0].value");
            assertThat(p.message()).contains("finer than JPY allows", "no decimals");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"north\\u001b[31mwind\"", "\"north\\u202Ewind\"", "\"north\\u200Bwind\"",
            "\"north\\u0085wind\"", "\"north\\u007Fwind\"", "\"northwind\\u0441\"", "\"north wind\"", "\"=cmd\""})
    void idOutsideTheCharacterSetIsRefusedAtItsPathWithoutEchoingControls(String id) {
        String text = replaced("agreement.yaml", "- {id: northwind, name: Northwind IT", "- {id: " + id + ", name: Northwind IT");
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("parties[0].id");
            assertThat(p.message()).contains("is not an id").doesNotContain("\u001b", "\u202E", "\u200B", "\u0085");
        });
    }

    @Test
    void cyrillicLookAlikeOfAnIdIsRefusedNamingTheCharacter() {
        // "client-b" with a Cyrillic es (U+0441) in place of the Latin c: looks the same, is another id
        String text = replaced("agreement.yaml", "- {id: client-b, name: Client B", "- {id: \"\u0441lient-b\", name: Client B");
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("parties[1].id");
            assertThat(p.message()).contains("U+0441", "position 1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Northwind\\u001b]0;pwned\\u0007 IT\"", "\"Northwind \\u202EKCAB\"", "\"North\\u2028wind\""})
    void nameWithControlOrFormatCharacterIsRefusedAtItsPath(String name) {
        String text = replaced("agreement.yaml", "name: Northwind IT", "name: " + name);
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("parties[0].name");
            assertThat(p.message()).contains("must not contain").doesNotContain("\u001b", "\u202E", "\u2028");
        });
    }

    @Test
    void nameInAnyPrintableScriptIsAccepted() {
        String text = replaced("agreement.yaml", "name: Northwind IT", "name: \"Нортвинд ИТ — 北風\"");

        assertThat(Agreements.parse(text, "a.yaml", true).partyName("northwind")).isEqualTo("Нортвинд ИТ — 北風");
    }

    @Test
    void ratePerHourMayBeFinerThanACentButAFeeMayNot() {
        String text = replaced("agreement.yaml", "rate: {percentOfValue: 0.5, per: DAY}", "rate: {amount: \"1000.125 EUR\", per: HOUR}")
                .replace("value: \"200000.00 EUR\"", "value: \"200000.001 EUR\"");
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).extracting(Problem::path).containsExactly("penalties[0].value");
    }

    @Test
    void hugeValueIsNeverEchoedInFull() {
        String text = replaced("agreement.yaml", "due: 2026-05-29", "due: \"" + "9".repeat(100_000) + "\"");
        List<Problem> problems = problems(() -> Agreements.parse(text, "a.yaml", true));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).hasSizeLessThan(300)
                .contains("100000 characters"));
    }
}
