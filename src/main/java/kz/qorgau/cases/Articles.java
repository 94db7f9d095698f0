package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The versioned dictionary of Criminal Code articles. Reference data, changed by migration only. */
@Service
public class Articles {

    private final JdbcClient jdbc;
    private volatile List<Article> all;

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Article> all() {
        List<Article> articles = all;
        if (articles == null) {
            articles = jdbc.sql("""
                    select code, title_ru, title_kk, title_en, valid_from, valid_to from cases_article
                    order by trafficking desc, case when code = 'other' then 1 else 0 end, code, valid_from nulls first
                    """)
                    .query((rs, n) -> new Article(rs.getString("code"), rs.getString("title_ru"),
                            rs.getString("title_kk"), rs.getString("title_en"),
                            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                    .list();
            all = articles;
        }
        return articles;
    }

    /** The article as in force on the date. */
    public Optional<Article> find(String code, LocalDate date) {
        return all().stream().filter(article -> article.code().equals(code) && article.validOn(date)).findFirst();
    }

    /** Articles that can be chosen for a date, in dictionary order. */
    public List<Article> validOn(LocalDate date) {
        return all().stream().filter(article -> article.validOn(date)).toList();
    }

    public String title(String code, Locale locale) {
        return all().stream().filter(article -> article.code().equals(code)).reduce((first, second) -> second)
                .map(article -> article.title(locale)).orElse(code);
    }
}
