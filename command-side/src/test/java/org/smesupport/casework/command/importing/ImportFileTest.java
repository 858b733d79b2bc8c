package org.smesupport.casework.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    @Test
    void aCsvFromExcelLosesItsBomAndItsBlankCellsAreAbsent() {
        List<ImportRow> rows = file("companies.csv", "\uFEFFsourceId,name,kana\n"
                + "A1,\"山田製作所, 本社\",  \n\nA2, 川崎運送 ,カワサキ\n").rows();

        assertThat(rows).extracting(ImportRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).values()).containsExactlyEntriesOf(values("sourceId", "A1", "name", "山田製作所, 本社",
                "kana", null));
        assertThat(rows.get(1).values()).containsEntry("name", "川崎運送").containsEntry("kana", "カワサキ");
    }

    @Test
    void aCsvSavedByExcelOnAJapaneseWindowsIsReadAsShiftJis() {
        byte[] shiftJis = "sourceId,name,kana\r\nA1,株式会社髙橋製作所,ﾀｶﾊｼ\r\n".getBytes(Charset.forName("windows-31j"));

        List<ImportRow> rows = new ImportFile("companies.csv", shiftJis).rows();

        assertThat(rows.get(0).values()).containsEntry("name", "株式会社髙橋製作所").containsEntry("kana", "ﾀｶﾊｼ");
    }

    @Test
    void bytesThatAreNeitherUtf8NorShiftJisAreUnreadableRatherThanStoredGarbled() {
        byte[] neither = {'n', 'a', 'm', 'e', '\n', (byte) 0x81, (byte) 0x20};

        assertThatThrownBy(() -> new ImportFile("companies.csv", neither).rows())
                .isInstanceOf(UnreadableImportFile.class).hasMessageContaining("neither UTF-8 nor Shift_JIS");
    }

    @Test
    void aJsonFileIsAnArrayOfRowsWhoseNullsAreAbsent() {
        List<ImportRow> rows = file("Companies.JSON", """
                [{"sourceId": "A1", "kana": null, "employees": 12, "name": " "}, {"sourceId": "A2"}]
                """).rows();

        assertThat(rows).extracting(ImportRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).values()).containsExactlyEntriesOf(values("sourceId", "A1", "kana", null,
                "employees", "12", "name", null));
        assertThat(rows.get(1).values()).containsOnlyKeys("sourceId");
    }

    @Test
    void aFileThatIsNotAnArrayOfFlatObjectsIsUnreadable() {
        assertThatThrownBy(() -> file("a.json", "{\"sourceId\": \"A1\"}").rows())
                .isInstanceOf(UnreadableImportFile.class).hasMessageContaining("an array of objects");
        assertThatThrownBy(() -> file("a.json", "[{\"sourceId\": [1]}]").rows())
                .isInstanceOf(UnreadableImportFile.class).hasMessageContaining("row 1: sourceId");
        assertThatThrownBy(() -> file("a.json", "[{").rows()).isInstanceOf(UnreadableImportFile.class);
    }

    @Test
    void theChecksumIsTheSha256OfTheBytesReceived() {
        assertThat(file("a.csv", "abc").checksum())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static ImportFile file(String name, String content) {
        return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> values(String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }
}
