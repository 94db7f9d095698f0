package kz.qorgau.linkage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The file in which an organisation keeps the {@link LinkageSecret}: UTF-8 text, lines starting with {@code #} are
 * comments, and one line holds the secret in base64 (standard alphabet), as {@link #create} writes it. Its contents
 * never reach a message.
 */
final class SecretFile {

    /** Anything longer is not a secret file (a records file given by mistake, say). */
    private static final long MAXIMUM_SIZE = 16 * 1024;
    private static final String COMMENT = """
            # Qorgau linkage secret. Keep it secret: whoever holds it and the encodings can test names against them.
            # Give it only to the organisations that encode records for this linkage, never to Qorgau's operators.
            """;

    private SecretFile() {
    }

    /** The secret the file holds; refused, with the reason, when it holds none. */
    static LinkageSecret read(Path file) throws EncodeCommand.Refused {
        String text;
        try {
            if (Files.size(file) > MAXIMUM_SIZE) {
                throw notASecret(file);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new EncodeCommand.Refused("the secret file " + file + " does not exist (a new one is made with "
                    + "encode --new-secret " + file + ")");
        } catch (CharacterCodingException e) {
            throw notASecret(file);
        } catch (IOException e) {
            throw new EncodeCommand.Refused("the secret file " + file + " cannot be read: " + e.getClass()
                    .getSimpleName());
        }
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(
                "#")).toList();
        if (lines.size() != 1) {
            throw notASecret(file);
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(lines.getFirst());
        } catch (IllegalArgumentException e) {
            throw notASecret(file);
        }
        if (secret.length < LinkageSecret.MINIMUM_LENGTH) {
            throw new EncodeCommand.Refused("the secret in " + file + " is " + secret.length + " bytes long; a "
                    + "linkage secret has at least " + LinkageSecret.MINIMUM_LENGTH + " (a new one is made with "
                    + "encode --new-secret)");
        }
        return LinkageSecret.of(secret);
    }

    /** Writes a secret to a new file that only its owner can read; never over an existing file. */
    static void create(Path file, LinkageSecret secret) throws IOException {
        OwnerOnlyFiles.create(file);
        try {
            Files.writeString(file, COMMENT + secret.toBase64() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static EncodeCommand.Refused notASecret(Path file) {
        return new EncodeCommand.Refused(file + " is not a linkage secret file: it should hold one line of base64, as "
                + "encode --new-secret writes it");
    }
}
