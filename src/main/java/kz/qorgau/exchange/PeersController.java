package kz.qorgau.exchange;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The administrators' page of the peers of the transnational referral mechanism: this system's public key to give to
 * the peers, the peers with their keys, adding one and deactivating one ({@link Peers}); the messages not delivered
 * to them, and sending a dead one again ({@link Outbox}).
 */
@Controller
@RequestMapping("/admin/peers")
@Requires(Permission.ADMINISTER_ORGANISATIONS)
class PeersController {

    private final Peers peers;
    private final Outbox outbox;
    private final MessageSource messages;

    PeersController(Peers peers, Outbox outbox, MessageSource messages) {
        this.peers = peers;
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("peers", peers.list());
        model.addAttribute("ownKey", peers.ownKey());
        model.addAttribute("undelivered", outbox.undelivered());
        return "exchange/peers";
    }

    /** A dead message sent again. */
    @PostMapping("/outbox/{id}/send-again")
    String sendAgain(@PathVariable UUID id, RedirectAttributes redirect) {
        outbox.sendAgain(id);
        redirect.addFlashAttribute("notice", "exchange.outbox.sent-again");
        return "redirect:/admin/peers";
    }

    @PostMapping
    String add(@RequestParam(required = false) String country, @RequestParam(required = false) String name,
            @RequestParam(required = false) String endpoint, @RequestParam(required = false) String keyId,
            @RequestParam(required = false) String publicKey, Locale locale, RedirectAttributes redirect) {
        try {
            peers.add(new Peers.NewPeer(country, name, endpoint, keyId, publicKey));
            redirect.addFlashAttribute("notice", "exchange.peer.added");
        } catch (InvalidFieldException e) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("country", country);
            entered.put("name", name);
            entered.put("endpoint", endpoint);
            entered.put("keyId", keyId);
            entered.put("publicKey", publicKey);
            redirect.addFlashAttribute("entered", entered);
            redirect.addFlashAttribute("fieldErrors", Map.of(e.field(), messages.getMessage(e.messageKey(), e
                    .arguments(), locale)));
            redirect.addFlashAttribute("failure", "form.error-summary");
        }
        return "redirect:/admin/peers";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        peers.deactivate(id);
        redirect.addFlashAttribute("notice", "exchange.peer.deactivated");
        return "redirect:/admin/peers";
    }
}
