package kz.qorgau.exchange;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A file larger than the import accepts is refused before any of it is read (the upload's limit is the import's,
 * {@code qorgau.exchange.import.max-size}): the list of imports says so, and nothing is saved.
 */
@ControllerAdvice
class ImportSizeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "exchange.import.file-too-large");
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/exchange/imports");
        }
        return "redirect:/exchange/imports";
    }
}
