package kz.qorgau.victims;

import org.springframework.data.relational.core.mapping.Table;

/** One answer of a screening: the list ({@code ILO} or {@code DELPHI}), the indicator and the answer. */
@Table("victims_screening_answer")
record ScreeningAnswer(String list, String indicator, Answer answer) {

    static final String ILO = "ILO";
    static final String DELPHI = "DELPHI";
}
