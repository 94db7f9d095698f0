package kz.qorgau.victims;

/** The kind of offence a victim was made to commit, for non-punishment screening. */
public enum OffenceKind {
    IMMIGRATION,
    PROSTITUTION,
    DOCUMENT_FRAUD,
    DRUGS,
    THEFT,
    OTHER;

    public String messageKey() {
        return "victim.offence." + name();
    }
}
