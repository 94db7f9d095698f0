package kz.qorgau.identity;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.Permission;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.Languages;
import jakarta.servlet.ServletException;
import java.io.Serializable;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two filter chains: the API ({@code /api/**}: session or personal access token, 401/403 as problem
 * details, no redirects) and the web (form login, pages). Deny by default; finer rules are on the
 * application services ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ LoginSettings.class, SessionSettings.class })
class SecurityConfiguration {

    /** Where the peers of the transnational referral mechanism send their signed messages (no account, no session). */
    static final String PEER_MESSAGES = "/api/v1/exchange/messages";

    /**
     * Scripts only from this origin (no inline script); styles likewise. Swagger UI is served under its
     * own, looser policy for styles only (see {@link #swaggerPolicy}).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Coarse rules for the administration's paths; each handler requires its own permission besides. */
    private static final String[] ADMINISTRATION = { Permission.ADMINISTER_USERS.authority(),
            Permission.ADMINISTER_ORGANISATIONS.authority() };

    /** Lets {@link kz.qorgau.shared.Requires} name its permission as a template of {@code @PreAuthorize}. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    /** Checks each handler's permission before the request is read ({@link PermissionGuard}). */
    @Bean
    WebMvcConfigurer permissionGuard() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PermissionGuard());
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        return encoder;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    BearerTokenFilter bearerTokenFilter(PersonalAccessTokens tokens, ApiProblems problems) {
        return new BearerTokenFilter(tokens, problems);
    }

    /** The filter is added to the API chain only, not to the servlet container's chain. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(
            BearerTokenFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearerTokens, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        // the peers of the transnational referral mechanism: the message's signature is the proof
                        .requestMatchers(HttpMethod.POST, PEER_MESSAGES).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasAnyAuthority(ADMINISTRATION)
                        .requestMatchers("/api/v1/audit/**").hasAuthority(Permission.AUDIT.authority())
                        .anyRequest().access(SIGNED_IN))
                .addFilterBefore(bearerTokens, AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken)
                        .ignoringRequestMatchers(PEER_MESSAGES))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAuthority(Permission.API_DOCUMENTATION.authority()))
                .formLogin(form -> form.loginPage("/login"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, Accounts accounts, AuditTrail audit, DisplayFormat format,
            SecondFactor secondFactor, SessionSettings sessionSettings,
            FindByIndexNameSessionRepository<? extends Session> sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg",
                        "/sw.js",
                        "/manifest.webmanifest")
                .permitAll()
                .requestMatchers("/login", "/language", "/error").permitAll()
                .requestMatchers("/public/**").permitAll()
                .requestMatchers("/login/second-factor", "/login/second-factor/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/admin/**").hasAnyAuthority(ADMINISTRATION)
                .requestMatchers("/audit/**").hasAuthority(Permission.AUDIT.authority())
                .anyRequest().access(SIGNED_IN))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new SecondFactorFirst()))
                // the public tip form has no session to forge a request of: what it sends is always anonymous
                .csrf(csrf -> csrf.ignoringRequestMatchers("/public/report"))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccess(secondFactor, accounts))
                        .failureHandler(new LoginFailure(accounts, format)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(AuditEvent.of("LOGOUT", "user", null).by(authentication.getName()));
                            }
                        })
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("QORGAU_SESSION"))
                .sessionManagement(management -> management.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(sessionSettings.maxPerUser())
                        .sessionRegistry(new CurrentSessionRegistry(sessions))
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * Signed in: a user, not a sign-in waiting for its second factor ({@link SignInInProgress}). Deny by
     * default: every page and endpoint that is not public asks for it, besides its own permission.
     */
    static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN = (authentication,
            context) -> new AuthorizationDecision(authentication.get() != null && authentication.get().isAuthenticated()
                    && authentication.get().getPrincipal() instanceof QorgauUser);

    /** A sign-in waiting for its second factor goes there; anyone else refused gets the usual 403. */
    static class SecondFactorFirst implements AccessDeniedHandler {

        private final AccessDeniedHandlerImpl refusal = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response,
                AccessDeniedException denied)
                throws IOException, ServletException {
            if (SignInInProgress.current().isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
            } else {
                refusal.handle(request, response, denied);
            }
        }
    }

    /**
     * After the password: a user who must give a second factor continues to it ({@link SecondFactorController})
     * holding a {@link SignInInProgress} only; anyone else is signed in, with their saved language, and goes
     * to the page asked for, or the password change if due.
     */
    static class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SecondFactor secondFactor;
        private final Accounts accounts;
        private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

        LoginSuccess(SecondFactor secondFactor, Accounts accounts) {
            this.secondFactor = secondFactor;
            this.accounts = accounts;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            if (authentication.getPrincipal() instanceof QorgauUser user && secondFactor.required(user)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new SignInInProgress(user.id(), user.getUsername()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                // the choice of the sign-in page is saved once the second factor completes the sign-in
                Languages.remember(request, response, Languages.chosenBeforeSignIn(request, false).orElse(user
                        .locale()));
                getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
                return;
            }
            if (authentication.getPrincipal() instanceof QorgauUser user) {
                Languages.remember(request, response, signInLanguage(accounts, user, request));
                if (user.mustChangePassword()) {
                    getRedirectStrategy().sendRedirect(request, response, "/account/password");
                    return;
                }
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * The language of a user signing in: the one chosen on the sign-in page, which is then saved to the account, or
     * else the account's saved language.
     */
    static String signInLanguage(Accounts accounts, QorgauUser user, HttpServletRequest request) {
        Optional<String> chosen = Languages.chosenBeforeSignIn(request, true);
        chosen.filter(language -> !language.equals(user.locale()))
                .ifPresent(language -> accounts.chooseLanguage(user.getUsername(), language));
        return chosen.orElse(user.locale());
    }

    /**
     * A refused login says why in the user's language: wrong credentials (never which of the two),
     * a throttling pause, a lock with its end, or a disabled account.
     */
    static class LoginFailure implements AuthenticationFailureHandler {

        static final String SESSION_ATTRIBUTE = LoginFailure.class.getName() + ".ERROR";

        private final Accounts accounts;
        private final DateTimeFormatter time;

        LoginFailure(Accounts accounts, DisplayFormat format) {
            this.accounts = accounts;
            this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(format.zone());
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String username = request.getParameter("username") == null ? ""
                    : request.getParameter("username").strip().toLowerCase(Locale.ROOT);
            LoginError error = switch (exception) {
                case DisabledException ignored -> new LoginError("login.error.disabled", null);
                case LockedException ignored -> lockError(username);
                default -> accounts.lockState(username).map(this::lockError)
                        .orElse(new LoginError("login.error.bad-credentials", null));
            };
            request.getSession().setAttribute(SESSION_ATTRIBUTE, error);
            response.sendRedirect(request.getContextPath() + "/login?error");
        }

        private LoginError lockError(String username) {
            return accounts.lockState(username).map(this::lockError)
                    .orElse(new LoginError("login.error.bad-credentials", null));
        }

        private LoginError lockError(Accounts.LockState state) {
            return error(state, time);
        }

        /** Why a locked account may not sign in now, and until when (in the display time zone). */
        static LoginError error(Accounts.LockState state, DateTimeFormatter time) {
            return state.lockedOut() ? new LoginError("login.error.locked", time.format(state.until()))
                    : new LoginError("login.error.throttled", time.format(state.until()));
        }
    }

    /** The reason of a refused login, kept in the session for the next rendering of the login page. */
    record LoginError(String messageKey, String until) implements Serializable {
    }
}
