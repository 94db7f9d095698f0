package kz.qorgau.victims;

/** The sector of forced labour as an ISIC Rev. 4 section (HTCDS 2.0 {@code vic_ForcedLabourIndustry}). */
public enum IsicSection {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U;

    public String messageKey() {
        return "victim.sector." + name();
    }
}
