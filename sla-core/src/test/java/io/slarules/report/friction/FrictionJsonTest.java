package io.slarules.report.friction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrictionJsonTest {

    private static JsonNode tree(FrictionReport report) throws Exception {
        return new ObjectMapper().readTree(report.toJson());
    }

    @Test
    void cellsCarryDurationsMoneyAndSubjects() throws Exception {
        JsonNode root = tree(FrictionReport.of(List.of(Portfolios.northwindWholePeriod())));

        assertThat(root.get("periods").get(0).get("from").asText()).isEqualTo("2026-03-01");
        assertThat(root.get("agreements").get(0).asText()).isEqualTo("NW-CB-2026");
        JsonNode northwind = root.get("cells").get(1);
        assertThat(northwind.get("responsible").asText()).isEqualTo("northwind");
        assertThat(northwind.get("delay").asText()).isEqualTo("PT96H");
        assertThat(northwind.get("delayDays").asText()).isEqualTo("4");
        assertThat(northwind.get("owed").get(0).get("amount").isTextual()).isTrue();
        assertThat(northwind.get("owed").get(0).get("amount").asText()).isEqualTo("4000.00");
        assertThat(northwind.get("owed").get(0).get("currency").asText()).isEqualTo("EUR");
        assertThat(northwind.get("subjects").get(0).get("kind").asText()).isEqualTo("OBLIGATION");
        assertThat(northwind.get("subjects").get(0).get("id").asText()).isEqualTo("DELIVERY-1");
    }

    @Test
    void performanceGivesRatesAsDecimalStringsAndNullWhenThereIsNothingToRate() throws Exception {
        JsonNode root = tree(FrictionReport.of(List.of(Portfolios.northwindWholePeriod(), Portfolios.hostingMarch())));

        JsonNode acme = root.get("performance").get(0);
        assertThat(acme.get("party").asText()).isEqualTo("acme");
        assertThat(acme.get("obligations").get("onTimeRate").isNull()).isTrue();
        assertThat(acme.get("objectives").get("metRate").asText()).isEqualTo("33.3");
        assertThat(acme.get("excused").asText()).isEqualTo("PT20M");
        assertThat(acme.get("excusedDays").asText()).isEqualTo("0.013889");   // 20 / 1440
        assertThat(root.get("excusedSubjects").get(0).get("id").asText()).isEqualTo("AVAIL-WEB@2026-03");
    }

    @Test
    void theTextIsStableWithoutATrailingLineEnd() {
        String json = FrictionJson.write(FrictionReport.of(List.of(Portfolios.chainMarch())));
        assertThat(json).startsWith("{\n  \"periods\": [").doesNotEndWith("\n").doesNotContain("\r");
        assertThat(FrictionJson.write(FrictionReport.of(List.of(Portfolios.chainMarch())))).isEqualTo(json);
    }
}
