package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Interest subsidies stored before events declared revisions (src/test/resources/events/, as the application's
 * serializer wrote them) read as revision 2: the oldest named neither the contract's holder nor an approval,
 * later ones both.
 */
class InterestSubsidyGrantedUpcastEndToEndTest extends EndToEndTest {

    private static final String TYPE = InterestSubsidyGrantedEvent.class.getName();
    /** The oldest events were stored before the contract moved to module-qualified packages. */
    private static final String FORMER_TYPE = "org.smesupport.casework.lease.InterestSubsidyGrantedEvent";
    private static final LeaseContractId CONTRACT = LeaseContractId.of("L-2020-0007");
    private static final String EVIDENCE = "確定申告書 令和2年分";
    private static final LocalDate GRANTED_ON = LocalDate.of(2021, 3, 10);
    private static final List<SubsidisedInterest> SUBSIDIES =
            List.of(new SubsidisedInterest(4, Yen.of(12_500), false), new SubsidisedInterest(5, Yen.of(12_480), true));
    private static final Yen TOTAL = Yen.of(24_980);

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    Configuration axon;

    @Test
    void aSubsidyStoredUnderTheFormerPackageIsRenamedThenBroughtToRevision2() throws IOException {
        assertThat(stored().upcastType(FORMER_TYPE, null, fixture("InterestSubsidyGrantedEvent-without-holder.json")))
                .isEqualTo(new SimpleSerializedType(TYPE, "2"));
    }

    @Test
    void aSubsidyStoredBeforeItNamedTheHolderReadsWithTheHolderUnknown() throws IOException {
        assertThat(stored().read(FORMER_TYPE, null, fixture("InterestSubsidyGrantedEvent-without-holder.json"))).isEqualTo(
                new InterestSubsidyGrantedEvent(CONTRACT, null, 2020, 1500, EVIDENCE, GRANTED_ON, false, SUBSIDIES,
                        TOTAL, null, null, null));
    }

    @Test
    void aSubsidyStoredWithTheHolderButNoRevisionKeepsTheHolder() throws IOException {
        assertThat(read(null, fixture("InterestSubsidyGrantedEvent-unrevised.json")))
                .isEqualTo(granted());
    }

    @Test
    void aSubsidyGrantedNowIsStoredAsRevision2AndReadsAsItWas() {
        InterestSubsidyGrantedEvent event = granted();

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(read(stored.getType().getRevision(), stored.getData())).isEqualTo(event);
    }

    private Object read(String revision, byte[] payload) {
        return stored().read(TYPE, revision, payload);
    }

    private StoredEvents stored() {
        return new StoredEvents(serializer, axon);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = InterestSubsidyGrantedUpcastEndToEndTest.class.getResourceAsStream("/events/" + name)) {
            return in.readAllBytes();
        }
    }

    private static InterestSubsidyGrantedEvent granted() {
        return new InterestSubsidyGrantedEvent(CONTRACT, CompanyId.of("C-0042"), 2020, 1500, EVIDENCE, GRANTED_ON,
                false, SUBSIDIES, TOTAL, "R-17", "supervisor", "売上減少を確認");
    }
}
