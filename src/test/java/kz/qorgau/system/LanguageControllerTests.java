package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageControllerTests {

    @Test
    void theInterfaceLanguagesAreRussianKazakhEnglishKyrgyzAndUzbek() {
        assertThat(Languages.SUPPORTED).containsExactly("ru", "kk", "en", "ky", "uz");
        assertThat(Languages.supported("ky")).isTrue();
        assertThat(Languages.supported("uz")).isTrue();
        // Tajik is a language of the public pages only
        assertThat(Languages.supported("tg")).isFalse();
        assertThat(Languages.supported(null)).isFalse();
    }

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
