package org.smesupport.casework.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleQualifiedEventTypesTest {

    @Test
    void aContractTypeOfTheFormerPackagesMovesUnderApi() {
        assertThat(ModuleQualifiedEventTypes.movedName("org.smesupport.casework.lease.LeasePaymentRecordedEvent"))
                .isEqualTo("org.smesupport.casework.api.lease.LeasePaymentRecordedEvent");
        assertThat(ModuleQualifiedEventTypes.movedName("org.smesupport.casework.common.UniqueClaimedEvent"))
                .isEqualTo("org.smesupport.casework.api.common.UniqueClaimedEvent");
    }

    @Test
    void anyOtherTypeStaysAsItIs() {
        assertThat(ModuleQualifiedEventTypes.movedName("org.smesupport.casework.api.lease.LeasePaymentRecordedEvent"))
                .isNull();
        assertThat(ModuleQualifiedEventTypes.movedName("org.smesupport.casework.app.EventStoreContract$Probe")).isNull();
        assertThat(ModuleQualifiedEventTypes.movedName("org.smesupport.casework.Unpackaged")).isNull();
        assertThat(ModuleQualifiedEventTypes.movedName("java.lang.String")).isNull();
    }
}
