package kz.qorgau.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import kz.qorgau.shared.ConflictException;
import kz.qorgau.shared.FeatureException;

/**
 * Feature exceptions on pages: the error page with the feature's own message, in the user's language. A
 * parameter that is not of its type or breaks its constraint (a year outside
 * {@link kz.qorgau.shared.PlausibleYear}) answers 400 with what is wrong with it; two writes that met, 409.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    private final MessageSource messages;

    WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FeatureException.class)
    ModelAndView feature(FeatureException exception, HttpServletResponse response) {
        return page(exception.status(), exception.messageKey(), exception.arguments(), null, response);
    }

    /** A conflict the services did not already translate (see {@link WriteConflicts}). */
    @ExceptionHandler({ ConcurrencyFailureException.class, DuplicateKeyException.class })
    ModelAndView conflict(RuntimeException exception, HttpServletResponse response) {
        return feature(new ConflictException(WriteConflicts.messageKey(exception).orElse("error.conflict"), exception),
                response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException exception, HttpServletResponse response) {
        return page(400, "error.parameter", new Object[]{ RequestProblems.parameterName(exception) }, null, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameter(HandlerMethodValidationException exception, Locale locale,
            HttpServletResponse response) {
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                return page(400, "error.400", null, messages.getMessage(error, locale), response);
            }
        }
        return page(400, "error.400", null, null, response);
    }

    private static ModelAndView page(int status, String messageKey, Object[] arguments, String message,
            HttpServletResponse response) {
        response.setStatus(status);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("messageKey", messageKey);
        if (arguments != null) {
            model.put("messageArguments", arguments);
        }
        if (message != null) {
            model.put("message", message);
        }
        return new ModelAndView("error", model, HttpStatus.valueOf(status));
    }
}
