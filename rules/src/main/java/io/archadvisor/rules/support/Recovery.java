package io.archadvisor.rules.support;

/**
 * The recovery targets (RPO and RTO) that fit an availability target: the recovery time never exceeds the downtime
 * the target allows in 30 days, so a single recovery at the proposed RTO cannot break the target by itself.
 */
public final class Recovery {

    private Recovery() {}

    /** The longest recovery time, in minutes, that fits the availability target: 99.9 → 30, 99.99 → 4. */
    public static int rtoMinutes(double availabilityPercent) {
        int table;
        if (availabilityPercent >= 99.99) {
            table = 5;
        } else if (availabilityPercent >= 99.95) {
            table = 15;
        } else if (availabilityPercent >= 99.9) {
            table = 30;
        } else if (availabilityPercent >= 99.5) {
            table = 120;
        } else {
            table = 480;
        }
        return (int) Math.min(table, Texts.downtimeMinutesPer30Days(availabilityPercent));
    }

    /** The largest data loss, in minutes, that fits the availability target: 99.9 → 5, 99.99 → 0. */
    public static int rpoMinutes(double availabilityPercent) {
        if (availabilityPercent >= 99.99) {
            return 0;
        } else if (availabilityPercent >= 99.95) {
            return 1;
        } else if (availabilityPercent >= 99.9) {
            return 5;
        } else if (availabilityPercent >= 99.5) {
            return 60;
        }
        return 24 * 60;
    }

    /**
     * A recovery time in words: {@code 30 minutes}, {@code 2 hours}, {@code 0 minutes (active-active)} (texts
     * recovery.* of the compliance bundle).
     */
    public static String minutes(int minutes) {
        if (minutes == 0) {
            return Messages.text("compliance", "recovery", "activeActive", Messages.none());
        }
        if (minutes >= 120 && minutes % 60 == 0) {
            return Messages.text("compliance", "recovery", "hours", Messages.with("hours", minutes / 60));
        }
        return minutes == 1
                ? Messages.text("compliance", "recovery", "minute", Messages.none())
                : Messages.text("compliance", "recovery", "minutes", Messages.with("minutes", minutes));
    }

    /** A data-loss limit in words: {@code 0 (synchronous replication)}, {@code 5 minutes}, {@code 24 hours}. */
    public static String rpo(int minutes) {
        return minutes == 0
                ? Messages.text("compliance", "recovery", "synchronous", Messages.none())
                : minutes(minutes);
    }
}
