package org.smesupport.casework.command.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file handed to an import: JSON (an array of objects, one per row) when its name ends in {@code .json}, else
 * CSV (UTF-8, a BOM from Excel allowed, or Shift_JIS as Excel saves it on a Japanese Windows; a header row naming
 * the columns). Rows are numbered from 1, the first
 * record after the CSV header or the first object of the array; a blank cell or a JSON {@code null} is absent.
 */
public record ImportFile(String name, byte[] content) {

    private static final String BOM = "\uFEFF";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** The SHA-256 of the bytes as received, in hex: stored with every event the file causes. */
    public String checksum() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public List<ImportRow> rows() {
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? jsonRows() : csvRows();
        } catch (IOException e) {
            throw new UnreadableImportFile(name, e.getMessage());
        }
    }

    private List<ImportRow> csvRows() throws IOException {
        String text = text();
        if (text.startsWith(BOM)) {
            text = text.substring(BOM.length());
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        List<ImportRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> records = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (records.hasNext()) {
                rows.add(new ImportRow(rows.size() + 1, present(records.next())));
            }
        }
        return rows;
    }

    /**
     * The CSV's text: UTF-8 when the bytes are UTF-8, else Shift_JIS as Microsoft writes it (windows-31j), which is
     * what Excel on a Japanese Windows saves a CSV in. Japanese text in Shift_JIS is practically never valid UTF-8,
     * so a strict UTF-8 decoding tells the two apart; bytes that are neither are unreadable, never stored garbled.
     */
    private String text() {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(SHIFT_JIS).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException neither) {
                throw new UnreadableImportFile(name, "it is neither UTF-8 nor Shift_JIS text");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private List<ImportRow> jsonRows() throws IOException {
        JsonNode root = new ObjectMapper().readTree(content);
        if (!(root instanceof ArrayNode array)) {
            throw new UnreadableImportFile(name, "a JSON import is an array of objects, one per row");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (JsonNode node : array) {
            if (!node.isObject()) {
                throw new UnreadableImportFile(name, "row " + (rows.size() + 1) + " is not a JSON object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isContainerNode()) {
                    throw new UnreadableImportFile(name, "row " + (rows.size() + 1) + ": " + field.getKey()
                            + " holds a list or an object, not one value");
                }
                values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            });
            rows.add(new ImportRow(rows.size() + 1, present(values)));
        }
        return rows;
    }

    private static Map<String, String> present(Map<String, String> values) {
        Map<String, String> present = new LinkedHashMap<>();
        values.forEach((column, value) -> present.put(column.trim(),
                value == null || value.isBlank() ? null : value.trim()));
        return present;
    }
}
