package org.smesupport.casework.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.bind.annotation.RequestMethod;

/** Which side each kind of request and background work belongs to, and how an instance is told what it serves. */
class SideOfComponentTest {

    private static final String ROOT = "org.smesupport.casework.";

    @Test
    void theApisWritesAreTheCommandSidesAndItsReadsTheQuerySides() throws Exception {
        Class<?> commands = Class.forName(ROOT + "command.company.CompanyCommandController");
        Class<?> queries = Class.forName(ROOT + "query.company.CompanyController");
        Class<?> businessDate = Class.forName(ROOT + "command.closeofbusiness.CloseOfBusinessController");

        assertThat(SideOfComponent.ofHandler(commands, Set.of(RequestMethod.POST))).contains(Side.COMMAND);
        assertThat(SideOfComponent.ofHandler(queries, Set.of(RequestMethod.GET))).contains(Side.QUERY);
        assertThat(SideOfComponent.ofHandler(businessDate, Set.of(RequestMethod.GET)))
                .as("a read the command module answers is routed as a read").contains(Side.QUERY);
    }

    @Test
    void pagesAdministrationAndAuditAreTheQuerySidesWhateverTheMethodAndSignInIsBoth() throws Exception {
        assertThat(SideOfComponent.ofHandler(Class.forName(ROOT + "web.lease.ApprovalPages"), Set.of(RequestMethod.POST)))
                .contains(Side.QUERY);
        assertThat(SideOfComponent.ofHandler(Class.forName(ROOT + "app.admin.ProjectionAdminController"),
                Set.of(RequestMethod.POST))).contains(Side.QUERY);
        assertThat(SideOfComponent.ofHandler(Class.forName(ROOT + "app.security.TokenController"),
                Set.of(RequestMethod.POST))).isEmpty();
    }

    @Test
    void projectionsAreTheQuerySidesAndWhatSendsCommandsOrRunsOnAScheduleTheCommandSides() throws IOException {
        assertThat(backgroundWork(ROOT + "projection.consultation.ConsultationStatisticsProjection"))
                .contains(Side.QUERY);
        assertThat(backgroundWork(ROOT + "app.audit.search.AuditIndexProjection")).contains(Side.QUERY);
        assertThat(backgroundWork(ROOT + "command.restructuring.RestructuringLeaseLink")).contains(Side.COMMAND);
        assertThat(backgroundWork(ROOT + "command.closeofbusiness.CloseOfBusinessSchedule")).contains(Side.COMMAND);
        assertThat(backgroundWork(ROOT + "command.closeofbusiness.CloseOfBusinessRun")).as("not background work")
                .isEmpty();
    }

    @Test
    void anInstanceServesBothSidesUnlessToldOneAndRefusesANameItDoesNotKnow() {
        assertThat(ServedSides.of(new MockEnvironment()).sides()).containsExactlyInAnyOrder(Side.COMMAND, Side.QUERY);
        assertThat(ServedSides.of(new MockEnvironment().withProperty(ServedSides.PROPERTY, "command")).sides())
                .containsExactly(Side.COMMAND);
        assertThat(ServedSides.of(new MockEnvironment().withProperty(ServedSides.PROPERTY, "query,command")).sides())
                .containsExactlyInAnyOrder(Side.COMMAND, Side.QUERY);
        assertThatThrownBy(() -> ServedSides.of(new MockEnvironment().withProperty(ServedSides.PROPERTY, "reports")))
                .isInstanceOf(BindException.class);
    }

    private static Optional<Side> backgroundWork(String className) throws IOException {
        AnnotationMetadata metadata = new SimpleMetadataReaderFactory().getMetadataReader(className).getAnnotationMetadata();
        return SideOfComponent.ofBackgroundWork(metadata);
    }
}
