package kz.qorgau.exchange;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A file larger than the import accepts is refused before any of it is read (the upload's limit is the import's,
 * {@code qorgau.exchange.import.max-size}): the list of imports says so, and nothing is saved. To htmx, which sent the
 * form to show the upload's progress, the page to go to is a header (a redirect would be followed out of its sight).
 */
@ControllerAdvice
class ImportSizeAdvice {

    static final String IMPORTS = "/exchange/imports";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Void> tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return toPage(IMPORTS, "failure", "exchange.import.file-too-large", request, response);
    }

    /**
     * The page to go to after an upload, with its notice: to htmx as the header {@code HX-Redirect}, to a plain form
     * as a redirect (303).
     */
    static ResponseEntity<Void> toPage(String target, String notice, String messageKey, HttpServletRequest request,
            HttpServletResponse response) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(notice, messageKey);
        flash.setTargetRequestPath(target);
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        if (request.getHeader("HX-Request") != null) {
            return ResponseEntity.noContent().header("HX-Redirect", target).build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
    }
}
