package kz.qorgau.persons;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The privacy-preserving linkage over the API ({@link EncodedLinks}): an organisation submits its encodings and reads
 * the links of its records to other organisations' records. The encodings are made where the linkage secret is
 * (docs/linkage.md), never here.
 */
@RestController
@RequestMapping("/api/v1/linkage")
@Tag(name = "Privacy-preserving linkage")
@Requires(Permission.LINKAGE_SUBMIT)
class EncodingApiController {

    private final EncodedLinks links;

    EncodingApiController(EncodedLinks links) {
        this.links = links;
    }

    record Submission(List<EncodedLinks.Submission> records) {
    }

    record Accepted(int records) {
    }

    record Links(List<EncodedLinks.Link> links) {
    }

    @Operation(summary = "Submit the organisation's encodings (pseudonymous id and a balanced 1024-bit CLK in base64 "
            + "each, at most 10,000); each replaces one submitted under the same id")
    @PutMapping("/encodings")
    Accepted submit(@RequestBody Submission submission) {
        return new Accepted(links.submit(submission.records()));
    }

    @Operation(summary = "Withdraw every encoding the organisation submitted")
    @DeleteMapping("/encodings")
    Accepted withdraw() {
        return new Accepted(links.withdraw());
    }

    @Operation(summary = "The links of the organisation's records to other organisations' records")
    @GetMapping("/links")
    Links links() {
        return new Links(links.links());
    }
}
