package kz.qorgau.system;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors that reach the servlet container: a page in the user's language for people, an RFC 9457
 * problem for the API. Never the exception's message.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        if (isApi(request) || !acceptsHtml(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                    messages.getMessage(messageKey(status), null, RequestContextUtils.getLocale(request)));
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                problem.setInstance(URI.create(uri.toString()));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status);
        return new ModelAndView("error", Map.of("status", status, "messageKey", messageKey(status)),
                HttpStatus.valueOf(status));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return HttpStatus.resolve(status) == null ? 500 : status;
    }

    static String messageKey(int status) {
        return switch (status) {
            case 400 -> "error.400";
            case 401 -> "error.401";
            case 403 -> "error.403";
            case 404 -> "error.404";
            case 405 -> "error.405";
            case 409 -> "error.409";
            case 503 -> "error.503";
            default -> status >= 500 ? "error.500" : "error.400";
        };
    }
}
