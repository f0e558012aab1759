package io.slarules.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Characters a terminal acts on are written as escapes; everything else passes unchanged. */
class PrintableTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an OSC 8 hyperlink and a colour: the escape character is what the terminal acts on
            "'\u001B]8;;http://evil\u0007Acme\u001B]8;;\u0007' | '\\u001B]8;;http://evil\\u0007Acme\\u001B]8;;\\u0007'",
            "'Acme\u001B[2J' | 'Acme\\u001B[2J'",
            "'Acme\rEvil' | 'Acme\\u000DEvil'",
            "'a\tb' | 'a\\u0009b'",
            "'del\u007F c1\u009B' | 'del\\u007F c1\\u009B'",
            "'abc\u202Efed' | 'abc\\u202Efed'",
            "'x\u2066y\u2069' | 'x\\u2066y\\u2069'",
            "'line\u2028sep' | 'line\\u2028sep'",
    })
    void controlCharactersAreEscaped(String text, String printed) {
        assertThat(PrintableText.of(text)).isEqualTo(printed);
        assertThat(PrintableText.of(printed)).isEqualTo(printed);
    }

    @Test
    void lineFeedsLettersAndLookAlikesPassUnchanged() {
        String text = "Client B owes Acme — 1,000.00 EUR\nНорд (Cyrillic) é ü 日本\n";
        assertThat(PrintableText.of(text)).isSameAs(text);
    }
}
