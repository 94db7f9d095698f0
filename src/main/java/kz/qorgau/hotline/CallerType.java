package kz.qorgau.hotline;

/** Who called. */
public enum CallerType {
    POSSIBLE_VICTIM, RELATIVE, WITNESS, EMPLOYER, OFFICIAL, UNKNOWN;

    public String messageKey() {
        return "hotline.caller." + name();
    }
}
