package kz.qorgau.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import kz.qorgau.shared.ConflictException;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.InvalidFieldException;

/**
 * Errors of the JSON API as RFC 9457 problem details, with messages in the caller's language. A request that
 * cannot be used (a body that is missing, not JSON, of the wrong form or with a value out of its vocabulary; a
 * parameter of the wrong type or out of range) answers 400 naming the field or parameter under
 * {@code errors}; two writes that met answer 409 ({@link WriteConflicts}); an unreachable database 503
 * ({@link DatabaseOutage}). An unexpected exception answers 500 without its message (it is logged, without
 * request data).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(FeatureException.class)
    ProblemDetail feature(FeatureException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(exception.status()),
                messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), locale()));
        problem.setProperty("code", exception.messageKey());
        if (exception instanceof InvalidFieldException invalid) {
            problem.setProperty("errors", Map.of(invalid.field(), problem.getDetail()));
        }
        if (exception instanceof ConflictException) {
            problem.setTitle(message("error.conflict.title"));
        }
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.400", null, locale()));
        problem.setProperty("code", "error.400");
        return problem;
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
    void security(RuntimeException exception) {
        // Spring Security's exception translation answers these (401 / 403 problem details).
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) throws Exception {
        if (DatabaseOutage.isCause(exception)) {
            // Answered 503 by DatabaseOutageFilter, which needs neither the database nor the session.
            throw exception;
        }
        Optional<String> conflict = WriteConflicts.messageKey(exception);
        if (conflict.isPresent()) {
            return feature(new ConflictException(conflict.get(), exception));
        }
        log.error("Unexpected error in an API request", exception);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.500", null, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale()));
        }
        return badRequest("error.validation", message("error.validation"), errors);
    }

    /** A body that is missing, not JSON, not of the expected form, or with a value outside its vocabulary. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        RequestProblems.field(exception).ifPresent(field -> errors.put(field, message("error.body.field")));
        return badRequest("error.body", message("error.body"), errors);
    }

    /** A parameter or path variable that is not of its type (a word for a number, a number too large, ...). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = RequestProblems.parameterName(exception);
        return badRequest("error.parameter", messages.getMessage("error.parameter", new Object[]{ name }, locale()),
                Map.of(name, message("error.body.field")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return badRequest("error.parameter-missing", messages.getMessage("error.parameter-missing", new Object[]{
                exception.getParameterName() },
                locale()), Map.of(exception.getParameterName(), message("validation.required")));
    }

    /** A parameter that breaks its constraint, such as a year outside {@link kz.qorgau.shared.PlausibleYear}. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.putIfAbsent(RequestProblems.parameterName(result.getMethodParameter()),
                        messages.getMessage(error, locale()));
            }
        }
        return badRequest("error.validation",
                errors.size() == 1 ? errors.values().iterator().next() : message("error.validation"), errors);
    }

    /** A 400 with the message key of the rule as its stable {@code code}, as {@link FeatureException}s have. */
    private static ResponseEntity<Object> badRequest(String code, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
