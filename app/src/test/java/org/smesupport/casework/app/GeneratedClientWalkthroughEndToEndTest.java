package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.client.ApiClient;
import org.smesupport.casework.client.ApiException;
import org.smesupport.casework.client.api.CompaniesApi;
import org.smesupport.casework.client.api.ConsultationsApi;
import org.smesupport.casework.client.api.LeasesApi;
import org.smesupport.casework.client.api.ReportsApi;
import org.smesupport.casework.client.api.SignInApi;
import org.smesupport.casework.client.model.AssignConsultationCaseRequest;
import org.smesupport.casework.client.model.CloseConsultationCaseRequest;
import org.smesupport.casework.client.model.CommandResult;
import org.smesupport.casework.client.model.ConsultationCaseSummary;
import org.smesupport.casework.client.model.ConsultationStatisticsReport;
import org.smesupport.casework.client.model.OpenConsultationCaseRequest;
import org.smesupport.casework.client.model.OpenLeaseContractRequest;
import org.smesupport.casework.client.model.PaymentRecorded;
import org.smesupport.casework.client.model.RecordConsultationSessionRequest;
import org.smesupport.casework.client.model.RecordLeasePaymentRequest;
import org.smesupport.casework.client.model.RegisterCompanyRequest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's walk-through run by a Java client that openapi-generator made from the API's document
 * ({@code src/docs/openapi.json}, kept equal to what the application serves by {@link OpenApiDocumentEndToEndTest}):
 * signing in, registering a company, a consultation case from opening to closing with a refused back-dated session
 * (a 422 the client reads as a problem), the company's summary, a lease contract and a payment, and the
 * consultation report typed as its own record. Nothing here is written by hand against the API but the values.
 */
class GeneratedClientWalkthroughEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void theReadmesWalkThroughRunsOnAClientGeneratedFromTheDocument() throws Exception {
        ApiClient caseworker = signedIn("caseworker");
        CompaniesApi companies = new CompaniesApi(caseworker);
        ConsultationsApi consultations = new ConsultationsApi(caseworker);

        CommandResult company = companies.registerCompany(new RegisterCompanyRequest()
                .corporateNumber(corporateNumber()).name("株式会社相模精工")
                .industry(RegisterCompanyRequest.IndustryEnum.MANUFACTURING).municipality("横浜市")
                .sizeClass(RegisterCompanyRequest.SizeClassEnum.SMALL), key(), null, null);
        assertThat(company.getVersion()).isZero();

        String caseId = consultations.openConsultation(new OpenConsultationCaseRequest().companyId(company.getId())
                .desk(OpenConsultationCaseRequest.DeskEnum.SUBCONTRACTING).subject("下請代金の減額")
                .openedOn(LocalDate.of(2020, 6, 1)), key(), null, null).getId();
        consultations.assignConsultation(caseId, new AssignConsultationCaseRequest().caseworker("caseworker2")
                .assignedOn(LocalDate.of(2020, 6, 2)), key(), null, null);
        consultations.recordSessionConsultation(caseId, new RecordConsultationSessionRequest()
                .heldOn(LocalDate.of(2020, 6, 3)).category(RecordConsultationSessionRequest.CategoryEnum.LEGAL)
                .counsellor("高橋 弁護士").durationMinutes(60).notes("契約書確認").lawyerConsultation(true)
                .expectedVersion(1L), key(), null, null);
        CommandResult closed = consultations.closeConsultation(caseId, new CloseConsultationCaseRequest()
                .closedOn(LocalDate.of(2020, 6, 30)).outcome(CloseConsultationCaseRequest.OutcomeEnum.RESOLVED),
                key(), null, null);
        assertThat(closed.getVersion()).isEqualTo(3);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> consultations.recordSessionConsultation(
                caseId, new RecordConsultationSessionRequest().heldOn(LocalDate.of(2020, 7, 1))
                        .category(RecordConsultationSessionRequest.CategoryEnum.LEGAL).counsellor("高橋 弁護士")
                        .durationMinutes(30).lawyerConsultation(false), key(), null, null));
        assertThat(refused.getCode()).as("a session while the case is closed").isEqualTo(422);
        assertThat(refused.getResponseBody()).contains("\"code\":\"consultation.closed.recordSession\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                consultations.oneConsultationCase(caseId, null).getSummary().getStatus())
                .isEqualTo(ConsultationCaseSummary.StatusEnum.CLOSED));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                companies.summaryCompany(company.getId(), null).getConsultations().getTotal()).isEqualTo(1));

        LeasesApi leases = new LeasesApi(caseworker);
        String contractId = leases.openLease(new OpenLeaseContractRequest().companyId(company.getId())
                .kind(OpenLeaseContractRequest.KindEnum.INSTALMENT_SALE).equipment("NC旋盤")
                .amount(1_300_000L).downPayment(100_000L).termMonths(12)
                .frequency(OpenLeaseContractRequest.FrequencyEnum.MONTHLY).annualRateBasisPoints(1200)
                .interestFreeMonths(0).contractDate(LocalDate.of(2020, 4, 1)).firstDueDate(LocalDate.of(2020, 5, 1)),
                key(), null, null).getId();
        PaymentRecorded payment = leases.recordPaymentLease(contractId, new RecordLeasePaymentRequest()
                .receivedOn(LocalDate.of(2020, 5, 1)).amount(112_000L), key(), null, null);
        assertThat(payment.getVersion()).isEqualTo(1);
        assertThat(payment.getPaymentId()).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                leases.oneLeaseContract(contractId, null, null).getTermMonths()).isEqualTo(12));

        ConsultationStatisticsReport report = new ReportsApi(signedIn("reporter")).consultationsReport("2020", null, null);
        assertThat(report.getFiscalYear()).isEqualTo(2020);
        assertThat(report.getTotal().getCountB()).as("sessions of FY2020 in all tests so far").isPositive();
    }

    /** A client with a bearer token from the sign-in operation, itself called through the generated client. */
    private ApiClient signedIn(String user) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        String token = new SignInApi(client).tokenToken(null, Map.of("Authorization", "Basic " + basic))
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String corporateNumber() {
        String base = "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        return CorporateNumber.checkDigit(base) + base;
    }
}
