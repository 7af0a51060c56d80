package io.archadvisor.cli;

/** The exit statuses of the {@code archadvisor} command. */
public final class ExitCode {

    /** The run succeeded and, for {@code check}, nothing at or above the threshold remains. */
    public static final int OK = 0;
    /** {@code check}: a finding at or above {@code --fail-on}, or a failed checklist item, remains after waivers. */
    public static final int FINDINGS = 1;
    /** Wrong usage, unreadable or invalid input, invalid configuration, rules that do not load. */
    public static final int USAGE = 2;
    /** The rules could not be evaluated: a limit was reached or a rule failed. */
    public static final int EVALUATION = 3;

    private ExitCode() {}

    /** The status that wins when several inputs end differently: usage, then evaluation, then findings. */
    public static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case USAGE -> 3;
            case EVALUATION -> 2;
            case FINDINGS -> 1;
            default -> 0;
        };
    }
}
