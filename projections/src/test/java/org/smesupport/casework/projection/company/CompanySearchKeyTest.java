package org.smesupport.casework.projection.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanySearchKeyTest {

    @Test
    void foldsWidthsKanaCaseAndSpaces() {
        assertThat(CompanySearchKey.of("ｶﾌﾞｼｷｶﾞｲｼｬ")).isEqualTo(CompanySearchKey.of("カブシキガイシャ"))
                .isEqualTo(CompanySearchKey.of("かぶしきがいしゃ")).isEqualTo("かぶしきがいしゃ");
        assertThat(CompanySearchKey.of("ＡＢＣ 製作所")).isEqualTo(CompanySearchKey.of("abc製作所")).isEqualTo("abc製作所");
        assertThat(CompanySearchKey.of("株式会社　ヴィーナス")).isEqualTo("株式会社ゔぃーなす");
    }
}
