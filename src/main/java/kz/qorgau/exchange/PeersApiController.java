package kz.qorgau.exchange;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where peers send their messages: no account and no session, as the signature is the sender's proof ({@link Inbox}).
 */
@RestController
@Tag(name = "Exchange")
class PeersApiController {

    static final MediaType JOSE = MediaType.parseMediaType("application/jose");

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
    ResponseEntity<?> receive(@RequestBody(required = false) String jws, Locale locale) {
        Inbox.Answer answer = inbox.receive(jws);
        if (answer.acknowledgement() != null) {
            return ResponseEntity.status(answer.status()).contentType(JOSE).body(answer.acknowledgement());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(answer.status()), messages
                .getMessage(answer.problem(), null, locale));
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
