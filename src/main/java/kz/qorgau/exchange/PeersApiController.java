package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where peers send their messages: no account and no session, as the signature is the sender's proof ({@link Inbox}).
 */
@RestController
@Tag(name = "Exchange")
class PeersApiController {

    static final MediaType JOSE = MediaType.parseMediaType("application/jose");
    /** The largest message read: a referral's least data is far smaller. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Inbox inbox;
    private final MessageSource messages;

    PeersApiController(Inbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Operation(summary = "A message of a peer of the transnational referral mechanism: a compact JWS (EdDSA, Ed25519) "
            + "signed with the key of an active peer. Answered with an acknowledgement signed with this system's key "
            + "(202; 200 when the same message came before, which is stored once). Refused, with nothing stored: not a "
            + "message (400), an unknown key (401), a wrong signature (401), wrong countries or time (400), an id "
            + "another peer used (409).")
    @PostMapping(path = "/api/v1/exchange/messages", consumes = { "application/jose", MediaType.TEXT_PLAIN_VALUE })
    ResponseEntity<?> receive(HttpServletRequest request, Locale locale) throws IOException {
        // anyone may post here: at most a message's size is read, before anything is checked
        if (request.getContentLengthLong() > MAX_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "exchange.message.error.too-large", locale);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "exchange.message.error.too-large", locale);
        }
        Inbox.Answer answer = inbox.receive(new String(body, StandardCharsets.US_ASCII));
        if (answer.acknowledgement() != null) {
            return ResponseEntity.status(answer.status()).contentType(JOSE).body(answer.acknowledgement());
        }
        return problem(HttpStatus.valueOf(answer.status()), answer.problem(), locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null,
                locale));
        // the stable code beside the message, as every problem of the API gives it
        problem.setProperty("code", messageKey);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
