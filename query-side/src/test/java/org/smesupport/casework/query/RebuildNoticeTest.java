package org.smesupport.casework.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FindRebuildsQuery;
import org.smesupport.casework.api.common.Rebuilds;
import org.smesupport.casework.projection.ReadModelRebuilds;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers say when their read model is being rebuilt. The rebuilds come from a test double of the port,
 * so the state is set, not raced against a replay.
 */
class RebuildNoticeTest {

    private final SettableRebuilds rebuilds = new SettableRebuilds();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
        http = MockMvcBuilders.standaloneSetup(new Endpoints())
                .addInterceptors(new RebuildNotice(rebuilds))
                .setControllerAdvice(new RebuildFields(json))
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                        new MappingJackson2HttpMessageConverter(json))
                .build();
    }

    @Test
    void theQueryBusTellsThePagesWhichReadModelsBehindAPathAreRebuilding() {
        rebuilds.progress.put("lease-statistics", 0.5);
        RebuildQueries queries = new RebuildQueries(rebuilds);

        assertThat(queries.handle(new FindRebuildsQuery("/api/reports/leases/2020")).inProgress())
                .containsExactly(new Rebuilds.Rebuild("lease-statistics", 0.5));
        assertThat(queries.handle(new FindRebuildsQuery("/api/reports/consultations/2020")).inProgress()).isEmpty();
    }

    @Test
    void aReportBuiltFromARebuildingReadModelSaysSoInTheHeaderAndTheBody() throws Exception {
        rebuilds.progress.put("consultation-statistics", 0.4237);

        http.perform(get("/api/reports/consultations/2020"))
                .andExpect(status().isOk())
                .andExpect(header().string(RebuildNotice.HEADER, "consultation-statistics; progress=0.42"))
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.rebuilding").value(true))
                .andExpect(jsonPath("$.rebuildProgress").value(0.42));
    }

    @Test
    void aCsvReportCarriesTheHeader() throws Exception {
        rebuilds.progress.put("lease-statistics", 0.1);

        http.perform(get("/api/reports/leases/2020"))
                .andExpect(status().isOk())
                .andExpect(header().string(RebuildNotice.HEADER, "lease-statistics; progress=0.10"))
                .andExpect(content().string("total\n6\n"));
    }

    @Test
    void aReportFromACompleteReadModelSaysItIsNotRebuilding() throws Exception {
        rebuilds.progress.put("consultation-cases", 0.5);

        http.perform(get("/api/reports/consultations/2020"))
                .andExpect(header().doesNotExist(RebuildNotice.HEADER))
                .andExpect(jsonPath("$.rebuilding").value(false))
                .andExpect(jsonPath("$.rebuildProgress").doesNotExist());
    }

    @Test
    void listsAndDetailsCarryTheHeaderOfTheirOwnReadModelOnly() throws Exception {
        rebuilds.progress.put("companies", 0.0);

        http.perform(get("/api/companies/C-1"))
                .andExpect(header().string(RebuildNotice.HEADER, "companies; progress=0.00"))
                .andExpect(jsonPath("$.rebuilding").doesNotExist());
        http.perform(get("/api/reports/consultations/2020"))
                .andExpect(header().doesNotExist(RebuildNotice.HEADER));
        assertThat(rebuilds.asked)
                .containsExactly(List.of("companies"), List.of("consultation-statistics"));
    }

    @Test
    void everyQueryAreaMapsToTheProcessingGroupsThatBuildIt() {
        assertThat(Map.of(
                        "/api/reports/matching/2020", ReadModelSources.of("/api/reports/matching/2020"),
                        "/api/reports/restructuring/2020", ReadModelSources.of("/api/reports/restructuring/2020"),
                        "/api/consultations", ReadModelSources.of("/api/consultations"),
                        "/api/leases/portfolio", ReadModelSources.of("/api/leases/portfolio"),
                        "/api/matching/order-requests/R-1/candidates", ReadModelSources.of("/api/matching/order-requests/R-1/candidates"),
                        "/api/succession/deals", ReadModelSources.of("/api/succession/deals"),
                        "/api/restructuring/board", ReadModelSources.of("/api/restructuring/board"),
                        "/api/admin/projections", ReadModelSources.of("/api/admin/projections")))
                .containsEntry("/api/reports/matching/2020", List.of("matching-statistics"))
                .containsEntry("/api/reports/restructuring/2020", List.of("restructuring-statistics"))
                .containsEntry("/api/consultations", List.of("consultation-cases", "companies"))
                .containsEntry("/api/leases/portfolio", List.of("lease-contracts", "companies"))
                .containsEntry("/api/matching/order-requests/R-1/candidates", List.of("matching"))
                .containsEntry("/api/succession/deals", List.of("succession", "companies"))
                .containsEntry("/api/restructuring/board", List.of("restructuring", "companies"))
                .containsEntry("/api/admin/projections", List.of());
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/reports/consultations/{fiscalYear}")
        Map<String, Object> consultations(@PathVariable String fiscalYear) {
            return Map.of("total", 6);
        }

        @GetMapping("/api/reports/leases/{fiscalYear}")
        ResponseEntity<String> leasesCsv(@PathVariable String fiscalYear) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body("total\n6\n");
        }

        @GetMapping("/api/companies/{companyId}")
        Map<String, Object> company(@PathVariable String companyId) {
            return Map.of("companyId", companyId);
        }
    }

    /** The port's test double: groups listed in {@code progress} are rebuilding. */
    static final class SettableRebuilds implements ReadModelRebuilds {
        final Map<String, Double> progress = new ConcurrentHashMap<>();
        final List<Collection<String>> asked = new ArrayList<>();

        @Override
        public List<Rebuild> inProgress(Collection<String> processingGroups) {
            asked.add(List.copyOf(processingGroups));
            return processingGroups.stream().filter(progress::containsKey)
                    .map(group -> new Rebuild(group, progress.get(group))).toList();
        }
    }
}
