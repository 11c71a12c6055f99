package org.caytre.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the classifier against labelled passages, per label: "relevant" (about foreign relations)
 * and each {@link Area} (counted over all passages: a passage predicted irrelevant predicts no area).
 */
public final class AreaScores {
    public static final String RELEVANT = "relevant";

    /** Counts of one label. */
    public static final class Count {
        int truePositives, falsePositives, falseNegatives;
        public int truePositives() { return truePositives; }
        public int falsePositives() { return falsePositives; }
        public int falseNegatives() { return falseNegatives; }
        public int support() { return truePositives + falseNegatives; }
        public double precision() { return ratio(truePositives, truePositives + falsePositives); }
        public double recall() { return ratio(truePositives, truePositives + falseNegatives); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        private static double ratio(int a, int b) { return b == 0 ? 1 : (double) a / b; }
        void add(boolean gold, boolean predicted) {
            if (gold && predicted) truePositives++;
            else if (predicted) falsePositives++;
            else if (gold) falseNegatives++;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private int passages;

    public AreaScores() {
        counts.put(RELEVANT, new Count());
        for (Area a : Area.values()) counts.put(a.code(), new Count());
    }

    public void add(boolean goldRelevant, Set<Area> goldAreas, boolean relevant, Set<Area> areas) {
        passages++;
        counts.get(RELEVANT).add(goldRelevant, relevant);
        for (Area a : Area.values()) counts.get(a.code()).add(goldAreas.contains(a), relevant && areas.contains(a));
    }

    public int passages() { return passages; }

    /** Label → counts, "relevant" first, then the areas in declaration order. */
    public Map<String, Count> counts() { return java.util.Collections.unmodifiableMap(counts); }

    /** Micro-averaged counts over the areas (not relevance). */
    public Count areasMicro() {
        Count all = new Count();
        for (Area a : Area.values()) {
            Count c = counts.get(a.code());
            all.truePositives += c.truePositives;
            all.falsePositives += c.falsePositives;
            all.falseNegatives += c.falseNegatives;
        }
        return all;
    }
}
