package io.archadvisor.rules.support;

import io.archadvisor.facts.DataAccess;
import java.util.Collection;
import java.util.List;

/**
 * Renders the schema examples of the data-architecture rules: tables, collections, keys and indexes for named data
 * sets, each index annotated with the access pattern it serves.
 */
public final class SchemaExamples {

    private SchemaExamples() {}

    private static String table(String name) {
        return Texts.slug(name).replace('-', '_');
    }

    private static boolean readHeavy(DataAccess d) {
        return d.readsPerSecond() != null
                && d.writesPerSecond() != null
                && d.readsPerSecond() >= 10L * d.writesPerSecond();
    }

    private static boolean writeHeavy(DataAccess d) {
        return d.readsPerSecond() != null && d.writesPerSecond() != null && d.writesPerSecond() >= d.readsPerSecond();
    }

    /** Relational tables for the data sets, with keys, optimistic locking and indexes per access pattern. */
    public static String relational(Collection<?> facts) {
        List<DataAccess> sets = Texts.dataSets(facts);
        StringBuilder sb = new StringBuilder();
        String first = null;
        for (DataAccess d : sets) {
            String t = table(d.name());
            sb.append("\n  CREATE TABLE ")
                    .append(t)
                    .append(" (")
                    .append("\n    id          uuid PRIMARY KEY,          -- UUIDv7: time-ordered, no hot sequence");
            if (first != null) {
                sb.append("\n    -- if each row belongs to a row of ")
                        .append(first)
                        .append(": ")
                        .append(ApiExamples.singular(first))
                        .append("_id uuid NOT NULL REFERENCES ")
                        .append(first)
                        .append(" (id), with an index");
            }
            sb.append("\n    -- domain columns, NOT NULL and CHECK constraints wherever the domain allows")
                    .append("\n    created_at  timestamptz NOT NULL DEFAULT now(),")
                    .append("\n    updated_at  timestamptz NOT NULL DEFAULT now(),")
                    .append("\n    version     integer NOT NULL DEFAULT 1  -- optimistic locking; the API's ETag")
                    .append("\n  );")
                    .append("\n  CREATE INDEX ")
                    .append(t)
                    .append("_page_idx ON ")
                    .append(t)
                    .append(" (created_at DESC, id DESC);  -- cursor pagination");
            if (readHeavy(d)) {
                sb.append("\n  -- read-heavy (")
                        .append(d.readsPerSecond())
                        .append(" reads/s): add covering indexes")
                        .append(" for the hot lookups, e.g. CREATE INDEX ... (status, created_at DESC) INCLUDE (...)");
            } else if (writeHeavy(d)) {
                sb.append("\n  -- write-heavy (")
                        .append(d.writesPerSecond())
                        .append(" writes/s): keep secondary")
                        .append(" indexes to the ones queries need; every index is paid on each write");
            }
            if (first == null) {
                first = t;
            }
        }
        return sb.toString();
    }

    /** Document collections with validation and the indexes their queries need. */
    public static String document(Collection<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (DataAccess d : Texts.dataSets(facts)) {
            String c = table(d.name());
            sb.append("\n  collection `")
                    .append(c)
                    .append("`: {_id, schemaVersion, ownerId, createdAt, ...embedded")
                    .append(" children read with the parent}; JSON-schema validation on write; index {ownerId: 1,")
                    .append(
                            " createdAt: -1} for \"list by owner, newest first\"; reference (do not embed) children that")
                    .append(" grow without bound");
        }
        return sb.toString();
    }

    /** Time-partitioned tables keyed by source and time, with retention. */
    public static String timeSeries(Collection<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (DataAccess d : Texts.dataSets(facts)) {
            String t = table(d.name());
            sb.append("\n  CREATE TABLE ")
                    .append(t)
                    .append(" (source_id text NOT NULL, ts timestamptz NOT NULL,")
                    .append(" metric text NOT NULL, value double precision,")
                    .append(
                            "\n    PRIMARY KEY (source_id, ts, metric)) PARTITION BY RANGE (ts);  -- one partition per day")
                    .append("\n  -- queries: WHERE source_id = $1 AND ts >= now() - interval '1 hour'; downsample to")
                    .append(" 1-minute and 1-hour rollups; drop raw partitions after the retention period");
        }
        return sb.toString();
    }

    /** Key designs for key-value data sets. */
    public static String keyValue(Collection<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (DataAccess d : Texts.dataSets(facts)) {
            String t = table(d.name());
            sb.append("\n  key `")
                    .append(t)
                    .append("#{id}` → value (versioned JSON); partition key with high")
                    .append(" cardinality, no hot keys; TTL on entries that expire; secondary access by a second key")
                    .append(" `")
                    .append(t)
                    .append("#by-owner#{ownerId}#{createdAt}` written in the same transaction");
        }
        return sb.toString();
    }

    /** Denormalized, partitioned fact tables with a sort key for the dashboard filters. */
    public static String analytical(Collection<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (DataAccess d : Texts.dataSets(facts)) {
            String t = table(d.name());
            sb.append("\n  columnar table `")
                    .append(t)
                    .append("` (event_date, event_time, entity_id, dimensions...,")
                    .append(" measures...): wide and denormalized, partitioned by month of event_date, sorted by")
                    .append(" (event_date, entity_id) to match the dashboard filters; pre-aggregate hot dashboards in")
                    .append(" materialized views");
        }
        return sb.toString();
    }

    /** Event schemas for streams: keyed for ordering, registered and evolved compatibly. */
    public static String events(Collection<?> facts) {
        StringBuilder sb = new StringBuilder();
        for (DataAccess d : Texts.dataSets(facts)) {
            String t = Texts.slug(d.name());
            sb.append("\n  topic `")
                    .append(t)
                    .append(".v1`: key = entity id (ordering per entity), value = a")
                    .append(" registered Avro/Protobuf schema with event_id, occurred_at, type and payload;")
                    .append(" compatibility BACKWARD; partitions sized for peak consumers; retention by replay need");
        }
        return sb.toString();
    }
}
