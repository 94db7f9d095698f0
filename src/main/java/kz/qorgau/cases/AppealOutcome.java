package kz.qorgau.cases;

/** What an appeal court decided for one defendant. */
public enum AppealOutcome {
    UPHELD, SENTENCE_CHANGED, CONVICTION_QUASHED, RETRIAL_ORDERED;

    public String messageKey() {
        return "case.appeal." + name();
    }
}
