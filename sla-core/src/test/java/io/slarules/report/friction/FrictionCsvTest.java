package io.slarules.report.friction;

import io.slarules.files.Agreements;
import io.slarules.model.Agreement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrictionCsvTest {

    @Test
    void oneRowPerCellAfterAHeaderEachEndingWithCrLf() {
        String csv = FrictionCsv.write(FrictionReport.of(List.of(Portfolios.northwindWholePeriod())));

        assertThat(csv).isEqualTo(""
                + "responsible,responsible_name,affected,affected_name,delay,delay_days,knock_on,knock_on_days,"
                + "shortfall_units,breaches,owed,subjects\r\n"
                // 21 days = 504 hours
                + "client-b,Client B,northwind,Northwind IT,PT504H,21,PT504H,21,0,1,,NW-CB-2026/DELIVERY-1 NW-CB-2026/SPEC-1\r\n"
                + "northwind,Northwind IT,client-b,Client B,PT96H,4,PT0S,0,0,1,4000.00 EUR,NW-CB-2026/DELIVERY-1\r\n");
    }

    @Test
    void aFieldWithACommaOrAQuoteIsQuotedAndItsQuotesDoubled() {
        String yaml = Portfolios.CHAIN_YAML.replace("name: Marketing", "name: 'Marketing, \"Leads\" Unit'");
        Agreement agreement = Agreements.parse(yaml, "chain.yaml", true);
        EvaluatedAgreement chain = Portfolios.chainMarch();
        String csv = FrictionCsv.write(FrictionReport.of(List.of(EvaluatedAgreement.of(agreement, chain.timeline(),
                chain.evaluation()))));

        assertThat(csv.split("\r\n")[1]).isEqualTo("marketing,\"Marketing, \"\"Leads\"\" Unit\",sales,Sales,PT0S,0,PT0S,0,"
                + "63,2,1000.00 EUR,CHAIN-X/CLOSED@2026-03 CHAIN-X/LEADS@2026-03");
    }

    @Test
    void anEmptyReportIsTheHeaderAlone() {
        assertThat(FrictionCsv.write(FrictionReport.of(List.of())))
                .isEqualTo(String.join(",", FrictionCsv.HEADER) + "\r\n");
    }

    @Test
    void aLineEndInAFieldIsQuoted() {
        assertThat(FrictionCsv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(FrictionCsv.field("plain")).isEqualTo("plain");
    }
}
