package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/** The case study's array answers against plain Java loops over the CSV's lines (the groupby pandas would do). */
class IplAnalyticsTest {
    @TempDir
    Path dir;

    @Test
    void arrayAnswersEqualLoopsOverTheCsv() throws IOException {
        Path csv = dir.resolve("deliveries.csv");
        int rows = IplData.generate(csv, 24, 7);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(IplData.HEADER, lines.get(0));
        assertEquals(rows + 1, lines.size());
        IplData.Deliveries d = IplData.read(csv);
        assertEquals(rows, d.size());
        IplAnalytics.Result r = IplAnalytics.run(d, 40, false);

        // loops: runs per (match, innings, over), per batter, per phase
        Map<String, Long> overRuns = new HashMap<>();
        Map<String, long[]> bat = new HashMap<>();          // runs, balls
        long[] phaseRuns = new long[3], phaseBalls = new long[3], phaseWickets = new long[3];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            long over = Long.parseLong(f[4]), batsmanRuns = Long.parseLong(f[8]), total = Long.parseLong(f[10]), wicket = Long.parseLong(f[11]);
            overRuns.merge(f[0] + "/" + f[1] + "/" + over, total, Long::sum);
            long[] b = bat.computeIfAbsent(f[6], k -> new long[2]);
            b[0] += batsmanRuns;
            b[1]++;
            int p = over <= 6 ? 0 : over <= 15 ? 1 : 2;
            phaseRuns[p] += total;
            phaseBalls[p]++;
            phaseWickets[p] += wicket;
        }
        double[] sum = new double[20];
        int[] count = new int[20];
        overRuns.forEach((k, v) -> {
            int o = Integer.parseInt(k.substring(k.lastIndexOf('/') + 1)) - 1;
            sum[o] += v;
            count[o]++;
        });
        for (int o = 0; o < 20; o++) assertEquals(sum[o] / count[o], r.avgRunsPerOver().getDouble(o), 1e-12, "over " + (o + 1));
        for (int p = 0; p < 3; p++) {
            assertEquals((double) phaseRuns[p] / phaseBalls[p], r.phaseRunsPerBall().getDouble(p), 1e-12, "phase " + p);
            assertEquals(phaseWickets[p], r.phaseWickets().getLong(p), "wickets in phase " + p);
        }
        // strike rates: the top 10 among batters with >= 40 balls, best first
        TreeMap<Double, String> best = new TreeMap<>();
        bat.forEach((name, b) -> { if (b[1] >= 40) best.put(-(100.0 * b[0] / b[1]) + 1e-12 * name.hashCode() % 1e-9, name); });
        int i = 0;
        for (Map.Entry<Double, String> e : best.entrySet()) {
            if (i == 10) break;
            long[] b = bat.get(r.topBatsmen()[i]);
            assertEquals(100.0 * b[0] / b[1], r.topStrikeRates()[i], 1e-12, "strike rate " + i);
            assertEquals(-e.getKey(), r.topStrikeRates()[i], 1e-6, "rank " + i);
            i++;
        }
        // score progression: cumulative totals per innings of the chosen match
        for (int inning = 1; inning <= 2; inning++) {
            long running = 0;
            int k = 0;
            NDArray c = r.progression()[inning - 1];
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (Long.parseLong(f[0]) != r.progressionMatch() || Long.parseLong(f[1]) != inning) continue;
                running += Long.parseLong(f[10]);
                assertEquals(running, c.getLong(k++), "innings " + inning + " ball " + k);
            }
            assertEquals(k, c.size());
        }
    }

    @Test
    void groupBySumsCountsAndMeans() {
        GroupBy.Groups g = GroupBy.sum(array(3, 1, 3, 2, 1, 3), array(10, 20, 30, 40, 50, 60));
        assertArrayEquals(new long[] {1, 2, 3}, g.keys().toLongArray());
        assertArrayEquals(new long[] {70, 40, 100}, g.sums().toLongArray());
        assertArrayEquals(new long[] {2, 1, 3}, g.counts().toLongArray());
        assertArrayEquals(new double[] {35, 40, 100.0 / 3}, g.means().toDoubleArray(), 1e-12);
        GroupBy.Groups f = GroupBy.sum(array(0, 0), array(0.5, 0.25));
        assertArrayEquals(new double[] {0.75}, f.sums().toDoubleArray());
        assertThrows(IllegalArgumentException.class, () -> GroupBy.sum(array(1, 2), array(1)));
    }

    @Test
    void malformedCsvNamesTheLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, IplData.HEADER + "\n1,1,MI,CSK,1,1,a,b,x,0,0,0\n");
        IOException e = assertThrows(IOException.class, () -> IplData.read(csv));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Files.writeString(csv, "match_id,over\n1,1\n");
        assertTrue(assertThrows(IOException.class, () -> IplData.read(csv)).getMessage().contains("no column 'inning'"));
    }
}
