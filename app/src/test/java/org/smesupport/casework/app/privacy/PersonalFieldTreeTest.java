package org.smesupport.casework.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.PersonalData;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;

class PersonalFieldTreeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    record Meeting(String room, @PersonalData String chair, List<DealParty> parties) {
    }

    private static final SuccessionDealConcludedEvent DEAL = new SuccessionDealConcludedEvent(
            SuccessionDealId.of("deal-1"), new DealParty(SuccessionCaseId.of("case-1"), "売主 一郎", true),
            new DealParty(null, "買主 次郎", false), LocalDate.of(2020, 9, 1), 2);

    @Test
    void theMarkedTextsAreFoundAtAnyDepthAndNothingElseChanges() {
        PersonalFieldTree tree = PersonalFieldTree.of(SuccessionDealConcludedEvent.class).orElseThrow();

        Object mapped = tree.map(DEAL, text -> "<" + text + ">");

        assertThat(mapped).isEqualTo(new SuccessionDealConcludedEvent(DEAL.dealId(),
                new DealParty(SuccessionCaseId.of("case-1"), "<売主 一郎>", true), new DealParty(null, "<買主 次郎>", false),
                DEAL.concludedOn(), 2));
    }

    @Test
    void theStoredJsonIsMappedAtTheSamePlacesAsTheObject() {
        PersonalFieldTree tree = PersonalFieldTree.of(SuccessionDealConcludedEvent.class).orElseThrow();
        JsonNode stored = json.valueToTree(DEAL);

        tree.mapJson(stored, text -> "<" + text + ">");

        assertThat(stored).isEqualTo(json.valueToTree(tree.map(DEAL, text -> "<" + text + ">")));
    }

    @Test
    void listsOfRecordsAreMappedItemByItemAndNullsStayNull() {
        PersonalFieldTree tree = PersonalFieldTree.of(Meeting.class).orElseThrow();
        Meeting meeting = new Meeting("会議室", null, List.of(DEAL.seller(), DEAL.buyer()));

        Meeting mapped = (Meeting) tree.map(meeting, String::toUpperCase);
        JsonNode stored = json.valueToTree(meeting);
        tree.mapJson(stored, text -> "x");

        assertThat(mapped.chair()).isNull();
        assertThat(mapped.parties()).extracting(DealParty::name).containsExactly("売主 一郎", "買主 次郎");
        assertThat(mapped.room()).isEqualTo("会議室");
        assertThat(stored.findValuesAsText("name")).containsExactly("x", "x");
        assertThat(stored.get("room").asText()).isEqualTo("会議室");
    }

    @Test
    void aTypeWithoutPersonalInformationHasNoTree() {
        assertThat(PersonalFieldTree.of(CompanyRegisteredEvent.class)).isEmpty();
        assertThat(PersonalFieldTree.ofTypeName("no.such.Type")).isEmpty();
        assertThat(PersonalFieldTree.ofTypeName(SuccessionDealConcludedEvent.class.getName())).isPresent();
    }

    @Test
    void aCiphertextReadsOnlyWithItsKeyInItsRecord() throws GeneralSecurityException {
        PersonalDataCipher cipher = new PersonalDataCipher();
        byte[] key = cipher.newSecret();

        String sealed = cipher.encrypt("面談記録", key, "case-1");

        assertThat(PersonalDataCipher.isEncrypted(sealed)).isTrue();
        assertThat(sealed).doesNotContain("面談記録").isNotEqualTo(cipher.encrypt("面談記録", key, "case-1"));
        assertThat(cipher.decrypt(sealed, key, "case-1")).isEqualTo("面談記録");
        assertThatThrownBy(() -> cipher.decrypt(sealed, key, "case-2")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, cipher.newSecret(), "case-1"))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
