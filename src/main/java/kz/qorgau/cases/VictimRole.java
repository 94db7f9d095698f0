package kz.qorgau.cases;

/**
 * The part a victim takes in a criminal case (Criminal Procedure Code of Kazakhstan): recognised as the
 * injured party, heard as a witness, or a civil plaintiff claiming compensation in the criminal case.
 */
public enum VictimRole {
    INJURED_PARTY,
    WITNESS,
    CIVIL_PLAINTIFF,
    OTHER;

    public String messageKey() {
        return "case.victim-role." + name();
    }
}
