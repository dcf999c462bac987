package org.fazhi.registry.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The division table the registry ships, {@code divisions/divisions.csv.gz} (written by
 * {@code scripts/generate-divisions.mjs}): {@code code,parent_code,level,name}, parents before children.
 */
public final class DivisionFile {

    public static final String RESOURCE = "divisions/divisions.csv.gz";

    private DivisionFile() {
    }

    /** The file's divisions with their types and full names. */
    public static List<DivisionRecord> read(InputStream gzipped) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            List<DivisionRecord> records = new ArrayList<>();
            Map<String, String> namesAbove = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                DivisionRecord record = record(line.split(",", -1), namesAbove);
                namesAbove.put(record.code(), record.type() == DivisionType.GROUPING
                        ? namesAbove.get(record.parentCode()) : record.fullName());
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the division table", e);
        }
    }

    /** {@code namesAbove}: for each code read, what its children's full names start with (groupings left out). */
    private static DivisionRecord record(String[] fields, Map<String, String> namesAbove) {
        String code = fields[0];
        String parentCode = fields[1].isEmpty() ? null : fields[1];
        DivisionLevel level = DivisionLevel.of(Integer.parseInt(fields[2]));
        String name = fields[3];
        String above = parentCode == null ? "" : namesAbove.get(parentCode);
        if (above == null) {
            throw new IllegalStateException("division " + code + " comes before its parent " + parentCode);
        }
        return new DivisionRecord(code, parentCode, level, DivisionType.of(code, level, name), name, above + name);
    }
}
