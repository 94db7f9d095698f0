package kz.qorgau.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The start page after login: the user's work areas as tiles. */
@Controller
@Requires(Permission.OWN_ACCOUNT)
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
