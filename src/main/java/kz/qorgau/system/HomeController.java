package kz.qorgau.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: the user's work areas as tiles. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
