package io.slarules.report.friction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party's id or name that a spreadsheet would run as a formula is written as text: a single
 * quote in front and the cell quoted (OWASP, CSV injection). Nothing else changes.
 */
class CsvInjectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil\",\"x\") => \"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
            "+1+cmd|' /C calc'!A0 => \"'+1+cmd|' /C calc'!A0\"",
            "-2+3 => \"'-2+3\"",
            "@SUM(A1:A9) => \"'@SUM(A1:A9)\"",
            "`\t=1+1` => `\"'\t=1+1\"`",
            "`\r=1+1` => `\"'\r=1+1\"`",
    })
    void formulaIsWrittenAsText(String name, String cell) {
        assertThat(FrictionCsv.field(FrictionCsv.text(name))).isEqualTo(cell);
    }

    @Test
    void ordinaryTextAndNumbersAreUnchanged() {
        assertThat(FrictionCsv.field(FrictionCsv.text("Client B"))).isEqualTo("Client B");
        assertThat(FrictionCsv.field(FrictionCsv.text("a=b"))).isEqualTo("a=b");
        assertThat(FrictionCsv.field(FrictionCsv.text(""))).isEmpty();
        assertThat(FrictionCsv.field(FrictionCsv.text("Smith, Jones"))).isEqualTo("\"Smith, Jones\"");
    }
}
