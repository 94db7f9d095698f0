package kz.qorgau.linkage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files the offline encoding tool writes: each exactly the body of one {@code PUT /api/v1/linkage/encodings},
 * {@code {"records":[{"id":"…","clk":"…"},…]}}, with at most {@value #MAX_RECORDS} records, the most the API takes
 * at once. More records are split over {@code name-1.json}, {@code name-2.json}, … in their order in the input.
 */
final class SubmissionFiles {

    static final int MAX_RECORDS = EncodedRecord.MAX_SUBMITTED;

    private SubmissionFiles() {
    }

    /** The files for this many records: {@code output} itself when one is enough, otherwise numbered after it. */
    static List<Path> names(Path output, int records) {
        int files = Math.max(1, (records + MAX_RECORDS - 1) / MAX_RECORDS);
        if (files == 1) {
            return List.of(output);
        }
        String name = output.getFileName().toString();
        int dot = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.length() - 5 : name.length();
        List<Path> names = new ArrayList<>(files);
        for (int i = 1; i <= files; i++) {
            names.add(output.resolveSibling(name.substring(0, dot) + "-" + i + name.substring(dot)));
        }
        return names;
    }

    /**
     * Writes the records into the files, {@value #MAX_RECORDS} per file, each a new file that only its owner can read
     * (encodings are personal data). All or nothing: the files are all created before any is written, and every one
     * created is deleted again when one cannot be.
     *
     * @throws java.nio.file.FileAlreadyExistsException when one of the files exists, which is left as it was
     */
    static void write(List<Path> files, List<EncodedRecord> records) throws IOException {
        List<Path> created = new ArrayList<>(files.size());
        try {
            for (Path file : files) {
                OwnerOnlyFiles.create(file);
                created.add(file);
            }
            for (int f = 0; f < files.size(); f++) {
                try (Writer out = Files.newBufferedWriter(files.get(f), StandardCharsets.UTF_8)) {
                    List<EncodedRecord> part = records.subList(f * MAX_RECORDS, Math.min(records.size(), (f + 1)
                            * MAX_RECORDS));
                    out.write("{\"records\":[\n");
                    for (int i = 0; i < part.size(); i++) {
                        // ids are letters, digits, - and _, base64 is letters, digits, +, / and =: nothing to escape
                        out.write("{\"id\":\"" + part.get(i).id() + "\",\"clk\":\"" + part.get(i).clk().toBase64()
                                + "\"}" + (i + 1 < part.size() ? ",\n" : "\n"));
                    }
                    out.write("]}\n");
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path file : created) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }
}
