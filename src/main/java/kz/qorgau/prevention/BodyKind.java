package kz.qorgau.prevention;

/** The kinds of coordination body. */
public enum BodyKind {
    /** The national interagency working group (IWG), led by the Ministry of Internal Affairs. */
    INTERAGENCY,
    /** A region's commission (of the akimat). */
    REGIONAL,
    /** A working group with other states, such as the one with Kyrgyzstan and Uzbekistan of August 2022. */
    TRANSNATIONAL;

    public String messageKey() {
        return "coordination.kind." + name();
    }
}
