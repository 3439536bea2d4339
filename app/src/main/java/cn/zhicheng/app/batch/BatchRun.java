package cn.zhicheng.app.batch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a batch as a stream: the records are read in chunks, each chunk decided and written out on a worker thread,
 * and the chunks' outputs written in input order. At most {@code 2 × threads + 1} chunks are in flight, and a chunk
 * holds at most {@link #CHUNK_RECORDS} records or {@link #CHUNK_BYTES} bytes of input, so memory stays flat however
 * long the input is. Every record's output depends on the record alone, so the bytes written are the same for any
 * number of threads.
 */
public final class BatchRun {

    static final int CHUNK_RECORDS = 256;
    static final int CHUNK_BYTES = 4 << 20;
    /** The most threads a batch uses. */
    public static final int MOST_THREADS = 64;

    /** How a run went: records decided, records refused and skipped. */
    public record Summary(long decided, long skipped) {
    }

    /** What one chunk made: the bytes of its decided records, in order, and its skipped records. */
    private record Done(byte[] output, List<Verdicts.Skipped> skipped, int decided) {
    }

    private final BatchDecider decider;
    private final ResultFormat format;
    private final int threads;

    public BatchRun(BatchDecider decider, ResultFormat format, int threads) {
        this.decider = requireNonNull(decider, "decider is null");
        this.format = requireNonNull(format, "format is null");
        if (threads < 1 || threads > MOST_THREADS) {
            throw new IllegalArgumentException("threads " + threads + " outside 1.." + MOST_THREADS);
        }
        this.threads = threads;
    }

    /**
     * Decides every record of {@code input}, writes the results to {@code out} in input order, hands each skipped
     * record to {@code skipped} (in input order too) and reports progress after each chunk.
     */
    public Summary run(Iterator<RawRecord> input, OutputStream out, Consumer<Verdicts.Skipped> skipped,
                       Consumer<Summary> progress) {
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
        long decided = 0;
        long refused = 0;
        try {
            write(out, format.header());
            while (input.hasNext()) {
                List<RawRecord> chunk = chunk(input);
                if (pool == null) {
                    Done done = decide(chunk);
                    decided += done.decided();
                    refused += emit(done, out, skipped);
                    progress.accept(new Summary(decided, refused));
                    continue;
                }
                inFlight.add(pool.submit(() -> decide(chunk)));
                while (inFlight.size() > 2 * threads) {
                    Done done = await(inFlight.poll());
                    decided += done.decided();
                    refused += emit(done, out, skipped);
                    progress.accept(new Summary(decided, refused));
                }
            }
            while (!inFlight.isEmpty()) {
                Done done = await(inFlight.poll());
                decided += done.decided();
                refused += emit(done, out, skipped);
                progress.accept(new Summary(decided, refused));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Summary(decided, refused);
    }

    private static List<RawRecord> chunk(Iterator<RawRecord> input) {
        List<RawRecord> chunk = new ArrayList<>(CHUNK_RECORDS);
        long bytes = 0;
        while (chunk.size() < CHUNK_RECORDS && bytes < CHUNK_BYTES && input.hasNext()) {
            RawRecord r = input.next();
            bytes += r.content() == null ? 0 : r.content().length;
            chunk.add(r);
        }
        return chunk;
    }

    /** Decides a chunk; its decided records are written as UTF-8 into one buffer, not record by record. */
    private Done decide(List<RawRecord> chunk) {
        Utf8Buffer text = new Utf8Buffer(chunk.size() * 256);
        List<Verdicts.Skipped> skipped = new ArrayList<>();
        int decided = 0;
        for (RawRecord r : chunk) {
            Verdicts v = decider.decide(r);
            if (v instanceof Verdicts.Decided d) {
                format.write(d, text);
                decided++;
            } else {
                skipped.add((Verdicts.Skipped) v);
            }
        }
        return new Done(text.toByteArray(), skipped, decided);
    }

    private static long emit(Done done, OutputStream out, Consumer<Verdicts.Skipped> skipped) throws IOException {
        write(out, done.output());
        done.skipped().forEach(skipped);
        return done.skipped().size();
    }

    private static void write(OutputStream out, byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            out.write(bytes);
        }
    }

    private static Done await(Future<Done> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
