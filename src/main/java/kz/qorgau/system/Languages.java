package kz.qorgau.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.LocaleResolver;
import java.util.Collections;

/**
 * The interface languages (Russian by default, Kazakh, English, Kyrgyz, Uzbek) and how the current one is found: the
 * session (set at login from the user's saved choice, or by switching), then a cookie (before login),
 * then Russian. A language chosen on the sign-in page, before signing in, wins over the saved one at sign-in and
 * becomes the saved one.
 */
public final class Languages implements LocaleResolver {

    public static final List<String> SUPPORTED = List.of("ru", "kk", "en", "ky", "uz");
    public static final String DEFAULT = "ru";

    static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".LANGUAGE";
    static final String COOKIE = "QORGAU_LANG";
    static final String CHOSEN_BEFORE_SIGN_IN = Languages.class.getName() + ".CHOSEN_BEFORE_SIGN_IN";

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** Makes the language current for the rest of the session (and the browser, before login). */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        if (!supported(language)) {
            return;
        }
        request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Remembers that the language was chosen by someone not yet signed in (on the sign-in page). */
    static void chosenBeforeSignIn(HttpServletRequest request, String language) {
        if (supported(language)) {
            request.getSession().setAttribute(CHOSEN_BEFORE_SIGN_IN, language);
        }
    }

    /**
     * The language chosen on the sign-in page of this session, if any; {@code consume} forgets it (once the sign-in
     * is complete and the choice saved to the account).
     */
    public static Optional<String> chosenBeforeSignIn(HttpServletRequest request, boolean consume) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CHOSEN_BEFORE_SIGN_IN) instanceof String language)
                || !supported(language)) {
            return Optional.empty();
        }
        if (consume) {
            session.removeAttribute(CHOSEN_BEFORE_SIGN_IN);
        }
        return Optional.of(language);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(chosen(request).orElse(DEFAULT));
    }

    /** The language chosen in the session, else by the cookie; empty when none was chosen. */
    public static Optional<String> chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String language
                && supported(language)) {
            return Optional.of(language);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a request found without its session, for answers given when the session cannot be
     * read (the database unreachable): the language cookie, then the browser's Accept-Language, then Russian.
     */
    static Locale withoutSession(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale accepted : Collections.list(request.getLocales())) {
                if (supported(accepted.getLanguage())) {
                    return Locale.forLanguageTag(accepted.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag(DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        remember(request, response, locale == null ? DEFAULT : locale.getLanguage());
    }
}
