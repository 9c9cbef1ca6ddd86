package org.placeworks.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends requests at a fixed arrival rate and records each one's latency from the moment it was MEANT to
 * start, not from when a connection was free to send it: a stalled server delays the requests queued behind
 * it, and that wait is part of what they record (no coordinated omission). Request {@code i} is due at
 * {@code start + i / rate}; a fixed number of connections (worker threads, each sending one request at a time)
 * takes the due requests in order. When every connection is busy, due requests wait, and their latency grows.
 *
 * <p>Requests due before the end of the duration are still sent during a grace period after it (their
 * latency keeps growing); after that nothing more is sent, and requests that were due but never sent (the
 * connections could not keep up) are counted as {@link Result#unsent()}, never silently dropped.
 */
public final class FixedRate {

    /** One request: returns normally when it succeeded, throws {@link Failed} (or anything) when it did not. */
    @FunctionalInterface
    public interface Call {
        void send(long index) throws Exception;
    }

    /** A request that got an answer that is not a success (a status the scenario does not expect). */
    public static final class Failed extends Exception {
        public Failed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What a run measured. Latency in microseconds. {@code sent} requests got an answer or failed;
     * {@code errors} of them failed; {@code unsent} were due before the end but never sent.
     */
    public record Result(double rate, Duration duration, long sent, long errors, long unsent, double achievedPerSecond,
            Histogram latency, List<String> errorSamples) {

        public double percentileMillis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        public double maxMillis() {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0;
        }
    }

    /** The clock, replaceable nowhere: System.nanoTime. */
    private static long now() {
        return System.nanoTime();
    }

    private FixedRate() {
    }

    /**
     * Runs {@code call} at {@code rate} requests per second for {@code duration} over {@code connections}
     * connections; due requests are still sent up to {@code grace} after the end. Blocks until the last sent
     * request has answered.
     */
    public static Result run(double rate, Duration duration, int connections, Duration grace, Call call)
            throws InterruptedException {
        if (rate <= 0 || connections <= 0) {
            throw new IllegalArgumentException("rate and connections must be positive");
        }
        long periodNanos = Math.round(1_000_000_000.0 / rate);
        long total = Math.max(1, (long) Math.floor(duration.toNanos() / (double) periodNanos));
        Recorder recorder = new Recorder(3);
        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = now() + TimeUnit.MILLISECONDS.toNanos(20);
        long end = start + total * periodNanos + grace.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Thread worker = new Thread(() -> {
                while (true) {
                    long i = next.getAndIncrement();
                    if (i >= total) {
                        return;
                    }
                    long intended = start + i * periodNanos;
                    long wait;
                    while ((wait = intended - now()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (now() > end) {
                        return; // due, but not sent within the grace period: counted as unsent below
                    }
                    try {
                        call.send(i);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                    sent.incrementAndGet();
                    recorder.recordValue(Math.max(1, (now() - intended) / 1000));
                }
            }, "fixed-rate-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long finished = now();
        long done = sent.get();
        double seconds = (finished - start) / 1e9;
        return new Result(rate, duration, done, errors.get(), total - done, done / seconds,
                recorder.getIntervalHistogram(), List.copyOf(samples));
    }

    /**
     * Max throughput: {@code connections} connections each send their next request as soon as the last one
     * answers, for {@code duration}. Latency here is from sending (a closed loop has no intended start);
     * the figure that matters is requests per second.
     */
    public static Result closedLoop(Duration duration, int connections, Call call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = now();
        long end = start + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Thread worker = new Thread(() -> {
                long t;
                while ((t = now()) < end) {
                    long i = next.getAndIncrement();
                    try {
                        call.send(i);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                    recorder.recordValue(Math.max(1, (now() - t) / 1000));
                }
            }, "closed-loop-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (now() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        return new Result(0, duration, h.getTotalCount(), errors.get(), 0, h.getTotalCount() / seconds, h, List.copyOf(samples));
    }
}
