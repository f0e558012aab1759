package io.slarules.report.friction;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrictionTextTest {

    @Test
    void theMatrixIsATableWithAlignedColumns() {
        String text = FrictionText.write(FrictionReport.of(List.of(Portfolios.northwindWholePeriod())));

        assertThat(text).contains(""
                + "Who held up whom (responsible -> affected)\n"
                + "RESPONSIBLE  AFFECTED   DELAY  KNOCK-ON  SHORTFALL  BREACHES         OWED  SUBJECTS\n"
                + "client-b     northwind    21d       21d          0         1            -  NW-CB-2026/DELIVERY-1 NW-CB-2026/SPEC-1\n"
                + "northwind    client-b      4d         0          0         1  4000.00 EUR  NW-CB-2026/DELIVERY-1\n");
        assertThat(text).startsWith("Friction report 2026-03-01..2027-03-01\nAgreements: NW-CB-2026\n");
    }

    @Test
    void performanceHasOneAlignedLinePerParty() {
        String text = FrictionText.write(FrictionReport.of(List.of(Portfolios.northwindWholePeriod(),
                Portfolios.hostingMarch(), Portfolios.chainMarch())));
        String section = text.substring(text.indexOf("Performance"), text.indexOf("Excused"));
        List<String> lines = Arrays.stream(section.split("\n")).skip(1).filter(l -> !l.isBlank()).toList();

        assertThat(lines).hasSize(1 + 9);
        int column = lines.get(0).indexOf("ON TIME") + "ON TIME".length();
        // the right-aligned ON TIME column ends at one place on every line
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.charAt(column - 1)).as(line).isNotEqualTo(' ');
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("client-b").contains("0.0 % (0/1)"));
        assertThat(text).contains("Excused (nobody's friction): 20m on HOST-Y/AVAIL-WEB@2026-03\n");
        assertThat(text).doesNotContain(" \n");
    }
}
