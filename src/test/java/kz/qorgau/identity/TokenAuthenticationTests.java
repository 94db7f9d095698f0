package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.shared.NotFoundException;
import org.assertj.core.api.Assertions;

@QorgauTest
class TokenAuthenticationTests extends FullTest {

    @Autowired
    PersonalAccessTokens tokens;

    PersonalAccessTokens.IssuedToken issueFor(String username) {
        QorgauUser user = users.demo(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return tokens.issue("test client", 30);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTokenAuthenticatesApiCallsAsItsOwnerWithoutASession() throws Exception {
        var issued = issueFor("analyst");
        var result = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("analyst"))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        // the owner's role still applies
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheTokensHashIsStored() {
        var issued = issueFor("analyst");
        assertThat(issued.token()).startsWith("qgt_");
        String stored = jdbc.sql("select token_hash from identity_access_token where id = ?")
                .param(issued.summary().id()).query(String.class).single();
        assertThat(stored).isEqualTo(PersonalAccessTokens.hash(issued.token())).doesNotContain(issued.token());
        assertThat(jdbc.sql("select count(*) from identity_access_token where token_hash like ? or token_prefix = ?")
                .param("%" + issued.token().substring(4) + "%").param(issued.token()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        var issued = issueFor("prosecutor");
        QorgauUser owner = users.demo("prosecutor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        try {
            tokens.revoke(issued.summary().id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer qgt_notatokenatall"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        var issued = issueFor("court");
        QorgauUser stranger = users.demo("hotline");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(stranger, null, stranger.getAuthorities()));
        try {
            Assertions.assertThatThrownBy(() -> tokens.revoke(issued.summary().id()))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
