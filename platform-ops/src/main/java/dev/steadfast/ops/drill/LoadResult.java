package dev.steadfast.ops.drill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.steadfast.ops.drill.RequestRecord.Kind;
import dev.steadfast.ops.drill.SessionLedger.Tally;

/**
 * What a {@link SessionLoad} saw: every attempt, and what they add up to.
 *
 * @param durationMillis from the start of the load until it was stopped
 * @param records the load's attempts, by start time
 * @param verification the reads of {@link SessionLoad#verify()}, apart: they are no part of the load's counts and
 *        latencies, but of its integrity counts
 * @param requests the load's attempts, answered or not
 * @param failures the failed attempts of the load by their word ("HTTP 504", "timeout"...), in word order
 * @param acknowledgedWrites writes that were answered 2xx with a count
 * @param acknowledgedWritesLost acknowledged writes the counters no longer held later (verification included)
 * @param sessionsReset answers that said new=true to a user who already had a session
 * @param phantomWrites writes a counter had that nobody made; a correct server has none
 * @param answersMisdelivered answers that came back for another request than the one they answered; a correct
 *        balancer has none
 * @param unverifiedSessions sessions whose verification read failed: their last writes are neither seen nor lost
 * @param latency over all the load's attempts, answered or not, until the answer or the failure
 * @param perSecond the timeline: one entry per second from the start to the last attempt, seconds without any included
 * @param findings each reset, loss, phantom or misdelivered answer in words: which session, when, which server
 *        answered what
 * @param lostAcks each loss of acknowledged writes, with the server that acknowledged the last of them and when
 */
public record LoadResult(LoadSettings settings, long durationMillis, List<RequestRecord> records,
                         List<RequestRecord> verification, long requests, SortedMap<String, Long> failures,
                         long failedReads, long failedWrites, long acknowledgedWrites, long acknowledgedWritesLost,
                         long sessionsReset, long phantomWrites, long answersMisdelivered,
                         long unverifiedSessions, Latency latency, List<LoadSecond> perSecond, List<String> findings,
                         List<LostAck> lostAcks) {

    public LoadResult {
        records = List.copyOf(records);
        verification = List.copyOf(verification);
        failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
        perSecond = List.copyOf(perSecond);
        findings = List.copyOf(findings);
        lostAcks = List.copyOf(lostAcks);
    }

    static LoadResult of(LoadSettings settings, long durationMillis, List<RequestRecord> attempts,
                         List<RequestRecord> verification, Tally tally, long unverified) {
        List<RequestRecord> records = new ArrayList<>(attempts);
        records.sort(Comparator.comparingLong(RequestRecord::startMillis).thenComparingInt(RequestRecord::session));
        SortedMap<String, Long> failures = new TreeMap<>();
        long failedReads = 0;
        long failedWrites = 0;
        for (RequestRecord r : records) {
            if (r.failed()) {
                failures.merge(r.failure(), 1L, Long::sum);
                if (r.kind() == Kind.WRITE) {
                    failedWrites++;
                } else {
                    failedReads++;
                }
            }
        }
        return new LoadResult(settings, durationMillis, records, verification, records.size(), failures, failedReads,
                failedWrites, tally.acknowledgedWrites(), tally.lost(), tally.resets(), tally.phantoms(),
                tally.misdelivered(), unverified, Latency.of(records.stream().mapToLong(RequestRecord::latencyMillis).toArray()),
                perSecond(records, durationMillis), tally.findings(), tally.lostAcks());
    }

    public long failed() {
        return failedReads + failedWrites;
    }

    private static List<LoadSecond> perSecond(List<RequestRecord> records, long durationMillis) {
        long last = records.isEmpty() ? 0 : records.get(records.size() - 1).startMillis();
        int seconds = (int) (Math.max(last, Math.max(durationMillis - 1, 0)) / 1000) + 1;
        List<List<RequestRecord>> buckets = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            buckets.add(new ArrayList<>());
        }
        records.forEach(r -> buckets.get((int) (r.startMillis() / 1000)).add(r));
        List<LoadSecond> series = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            List<RequestRecord> in = buckets.get(s);
            series.add(new LoadSecond(s, in.size(), (int) in.stream().filter(RequestRecord::failed).count(),
                    Latency.of(in.stream().mapToLong(RequestRecord::latencyMillis).toArray())));
        }
        return series;
    }
}
