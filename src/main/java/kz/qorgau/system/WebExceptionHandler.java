package kz.qorgau.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import kz.qorgau.shared.FeatureException;

/** Feature exceptions on pages: the error page with the feature's own message, in the user's language. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    @ExceptionHandler(FeatureException.class)
    ModelAndView feature(FeatureException exception, HttpServletResponse response) {
        response.setStatus(exception.status());
        return new ModelAndView("error", Map.of("status", exception.status(), "messageKey", exception.messageKey(),
                "messageArguments", exception.arguments()), HttpStatus.valueOf(exception.status()));
    }
}
