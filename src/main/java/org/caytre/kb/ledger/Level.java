package org.caytre.kb.ledger;

/**
 * A partnership framework level, as in shared/gold/SCHEMA.md. {@link #rank} orders the ladder a country climbs
 * (frameworks are only ever upgraded); China's comprehensive strategic cooperative partnership stands on the
 * comprehensive-strategic rung, and the special relationships (Laos, Cambodia, Cuba) are off the ladder.
 */
public enum Level {
    COMPREHENSIVE(1),
    STRATEGIC(2),
    COMPREHENSIVE_STRATEGIC(3),
    COMPREHENSIVE_STRATEGIC_COOPERATIVE(3),
    SPECIAL(4);

    private final int rank;

    Level(int rank) { this.rank = rank; }

    public int rank() { return rank; }

    /** The level named by its SCHEMA name; throws IllegalArgumentException naming the value otherwise. */
    public static Level parse(String name) {
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown partnership level '" + name + "'");
        }
    }

    /**
     * Whether a partner at this level is counted in a stated count of {@code stated}. China's cooperative
     * variant is counted among the comprehensive strategic partners (a breakdown such as "4 đối tác chiến lược
     * toàn diện" counts China among them); with {@code inclusive}, a "strategic" count includes the comprehensive
     * strategic partners (as many texts count them: a lone end-2020 count of strategic partners included China,
     * Russia and India).
     */
    public boolean countsAs(Level stated, boolean inclusive) {
        if (this == stated) return true;
        if (this == COMPREHENSIVE_STRATEGIC_COOPERATIVE && stated == COMPREHENSIVE_STRATEGIC) return true;
        return inclusive && stated == STRATEGIC && rank == 3;
    }
}
