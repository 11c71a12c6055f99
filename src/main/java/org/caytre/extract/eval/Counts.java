package org.caytre.extract.eval;

/** True positives, predictions and gold items of one category, with precision, recall and F1. */
public record Counts(int tp, int predicted, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) { return new Counts(tp + o.tp, predicted + o.predicted, gold + o.gold); }

    public double precision() { return predicted == 0 ? (gold == 0 ? 1 : 0) : tp / (double) predicted; }

    public double recall() { return gold == 0 ? (predicted == 0 ? 1 : 0) : tp / (double) gold; }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
