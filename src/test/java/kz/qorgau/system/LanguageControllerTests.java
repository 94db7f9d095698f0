package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageControllerTests {

    @Test
    void returnsToALocalPath() {
        assertThat(LanguageController.localPath("/admin/users?q=a&page=2")).isEqualTo("/admin/users?q=a&page=2");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(LanguageController.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageController.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageController.localPath("/ok\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(LanguageController.localPath(null)).isEqualTo("/");
    }
}
