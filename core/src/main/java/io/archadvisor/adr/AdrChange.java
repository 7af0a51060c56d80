package io.archadvisor.adr;

import java.util.Map;
import java.util.Objects;

/** One entry of an {@link AdrPlan}: a file to write, a file left alone, or something to report. */
public sealed interface AdrChange {

    /** The file this change is about, such as {@code 0001-use-a-modular-monolith.md}. */
    String fileName();

    /** The decision's key. */
    String key();

    /** The files to write for this change, by file name; empty when nothing is written. */
    Map<String, String> writes();

    /** The change in one line, for people. */
    String describe();

    /**
     * A decision without a record yet gets a new one.
     *
     * @param record the new record
     */
    record Created(AdrRecord record) implements AdrChange {
        /** Validates the change. */
        public Created {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public String fileName() {
            return record.fileName();
        }

        @Override
        public String key() {
            return record.key();
        }

        @Override
        public Map<String, String> writes() {
            return Map.of(record.fileName(), record.content());
        }

        @Override
        public String describe() {
            return "created " + record.fileName() + " (" + record.status().madr() + ")";
        }
    }

    /**
     * A decision whose outcome stands but whose record says something else (its context, status, consequences or
     * open questions changed) is rewritten in place.
     *
     * @param record the record's new text, same number and file
     */
    record Updated(AdrRecord record) implements AdrChange {
        /** Validates the change. */
        public Updated {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public String fileName() {
            return record.fileName();
        }

        @Override
        public String key() {
            return record.key();
        }

        @Override
        public Map<String, String> writes() {
            return Map.of(record.fileName(), record.content());
        }

        @Override
        public String describe() {
            return "updated " + record.fileName() + " (" + record.status().madr() + ")";
        }
    }

    /**
     * A decision whose outcome changed gets a new record that supersedes the old one, and the old one is marked
     * {@code superseded by} the new one.
     *
     * @param replaced the old record, its status changed to superseded
     * @param by the new record
     */
    record Superseded(AdrRecord replaced, AdrRecord by) implements AdrChange {
        /** Validates the change. */
        public Superseded {
            Objects.requireNonNull(replaced, "replaced");
            Objects.requireNonNull(by, "by");
        }

        @Override
        public String fileName() {
            return replaced.fileName();
        }

        @Override
        public String key() {
            return by.key();
        }

        @Override
        public Map<String, String> writes() {
            return Map.of(replaced.fileName(), replaced.content(), by.fileName(), by.content());
        }

        @Override
        public String describe() {
            return "superseded " + replaced.fileName() + " by " + by.fileName() + " ("
                    + by.status().madr() + ")";
        }
    }

    /**
     * A decision the advice no longer makes (withdrawn): its record is marked {@code deprecated}.
     *
     * @param record the record, its status changed to deprecated
     */
    record Withdrawn(AdrRecord record) implements AdrChange {
        /** Validates the change. */
        public Withdrawn {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public String fileName() {
            return record.fileName();
        }

        @Override
        public String key() {
            return record.key();
        }

        @Override
        public Map<String, String> writes() {
            return Map.of(record.fileName(), record.content());
        }

        @Override
        public String describe() {
            return "deprecated " + record.fileName() + ": the advice no longer makes this decision";
        }
    }

    /**
     * A record that already says what the advice says: its file is not touched.
     *
     * @param fileName the file
     * @param key the decision's key
     */
    record Unchanged(String fileName, String key) implements AdrChange {
        /** Validates the change. */
        public Unchanged {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Map<String, String> writes() {
            return Map.of();
        }

        @Override
        public String describe() {
            return "unchanged " + fileName;
        }
    }

    /**
     * A generated record someone edited by hand (its checksum no longer matches): it is never overwritten, only
     * reported with what the advice would have done to it.
     *
     * @param fileName the edited file
     * @param key the decision's key
     * @param message what would have changed and what to do
     */
    record EditedByHand(String fileName, String key, String message) implements AdrChange {
        /** Validates the change. */
        public EditedByHand {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Map<String, String> writes() {
            return Map.of();
        }

        @Override
        public String describe() {
            return "kept " + fileName + " (edited by hand): " + message;
        }
    }
}
