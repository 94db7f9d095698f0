package kz.qorgau.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The start page after login: the user's work queues with their counts, then the work areas as tiles. */
@Controller
@Requires(Permission.OWN_ACCOUNT)
class HomeController {

    private final WorkQueues queues;

    HomeController(WorkQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("queues", queues.sections());
        return "home";
    }
}
