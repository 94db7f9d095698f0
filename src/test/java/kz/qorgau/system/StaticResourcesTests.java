package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestServer;

/** Pages link WebJars without a version, and the server resolves them (WebConfiguration). */
@QorgauTest
class StaticResourcesTests {

    @Autowired
    TestServer server;

    @Test
    void pagesLinkVersionlessWebJarsThatAreServed() throws Exception {
        String login = server.get("/login", "text/html", new CookieManager()).body();
        assertThat(login).contains("href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\"")
                .contains("href=\"/css/qorgau.css\"");
        HttpResponse<String> css = server.get("/webjars/bootstrap/dist/css/bootstrap.min.css", "text/css",
                new CookieManager());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(
                "text/css"));
        assertThat(server.get("/css/qorgau.css", "text/css", new CookieManager()).statusCode()).isEqualTo(200);
    }
}
