package kz.qorgau.cases;

import java.util.Objects;

import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * An article of the Criminal Code and its part, as charged. The part is null when not known (or for
 * "other" articles); whether the article exists is checked against the dictionary by the service.
 */
@Table("cases_charge")
public record Charge(String articleCode, Integer part) {

    public Charge {
        Objects.requireNonNull(articleCode, "article");
        if (part != null && (part < 1 || part > 9)) {
            throw new RuleViolationException("case.error.article-part");
        }
    }

    @Override
    public String toString() {
        return part == null ? articleCode : articleCode + "(" + part + ")";
    }
}
