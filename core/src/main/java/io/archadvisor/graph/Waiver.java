package io.archadvisor.graph;

import io.archadvisor.base.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Accepts one finding: a person ({@code owner}) decided, for a {@code reason}, that the finding is acceptable, until
 * an optional expiry date. A waiver matches a {@link Finding} node whose {@link Finding#code() code}, or the id of the
 * rule that derived it, equals {@code finding}, and, when {@code subject} is given, whose
 * {@link Finding#subject() subject} equals it.
 *
 * <pre>{@code
 * Waiver w = Waiver.of("ACME-BROKER-NOT-APPROVED", "Legacy queue until the migration ends", "team-payments")
 *         .forSubject("rabbitmq")
 *         .expiringOn(LocalDate.of(2026, 6, 30));
 * }</pre>
 *
 * @param finding the finding's code or the id of the rule that derives it
 * @param subject the subject it is limited to (a component, service or technology), or {@code null} for every subject
 * @param reason why the finding is accepted
 * @param owner who accepted it and answers for it
 * @param expires the last day the waiver applies, or {@code null} when it does not expire
 */
public record Waiver(
        String finding,
        @Nullable String subject,
        String reason,
        String owner,
        @Nullable LocalDate expires) {

    /**
     * Validates the waiver: {@code finding}, {@code reason} and {@code owner} are required.
     *
     * @throws WaiverException listing every missing or blank field
     */
    public Waiver {
        List<Problem> problems = new ArrayList<>();
        required(
                problems,
                "finding",
                finding,
                "is required: the finding's code or rule id, such as AP-SINGLE-POINT-OF-FAILURE");
        required(problems, "reason", reason, "is required: say why the finding is acceptable");
        required(problems, "owner", owner, "is required: name the person or team who answers for the waiver");
        if (subject != null && subject.isBlank()) {
            problems.add(Problem.of("subject", subject, "must not be blank; leave it out to waive every subject"));
        }
        if (!problems.isEmpty()) {
            throw new WaiverException(problems);
        }
        finding = finding.strip();
        subject = subject == null ? null : subject.strip();
    }

    private static void required(List<Problem> problems, String field, @Nullable String value, String constraint) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, value, constraint));
        }
    }

    /** A waiver of a finding for every subject, without expiry. */
    public static Waiver of(String finding, String reason, String owner) {
        return new Waiver(finding, null, reason, owner, null);
    }

    /** The same waiver limited to one subject. */
    public Waiver forSubject(String newSubject) {
        return new Waiver(finding, Objects.requireNonNull(newSubject, "subject"), reason, owner, expires);
    }

    /** The same waiver, applying up to and including this day. */
    public Waiver expiringOn(LocalDate day) {
        return new Waiver(finding, subject, reason, owner, Objects.requireNonNull(day, "day"));
    }

    /** Whether the waiver has expired on this day: its expiry date is before it. */
    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }

    /** Whether this waiver names this finding, derived by this rule (expiry aside). */
    public boolean matches(Finding f, String ruleId) {
        boolean named = finding.equals(f.code()) || finding.equals(ruleId);
        return named && (subject == null || subject.equals(f.subject()));
    }

    /** What it waives in words, such as {@code AP-SINGLE-POINT-OF-FAILURE in payments}. */
    public String target() {
        return subject == null ? finding : finding + " in " + subject;
    }

    /** The waiver in one line, such as {@code AP-X in payments, by team-a until 2026-06-30: reason}. */
    public String describe() {
        return target() + ", by " + owner + (expires == null ? "" : " until " + expires) + ": " + reason;
    }
}
