package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.random.Random;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * An IPL-style ball-by-ball data set for the chapter 3 case study, generated (the real one is a Kaggle
 * download, and NumJ downloads nothing) and written as {@code deliveries.csv} with the Kaggle file's
 * column names; and a reader that turns such a file into NumJ columns without pandas: numeric columns
 * become int64 arrays, text columns become int64 codes into a vocabulary (what pandas calls a
 * categorical). Teams are the eight franchises' abbreviations; players are invented ("MI batter 3").
 */
public final class IplData {
    private IplData() {}

    static final String[] TEAMS = {"CSK", "MI", "RCB", "KKR", "SRH", "DC", "RR", "PBKS"};
    static final String HEADER = "match_id,inning,batting_team,bowling_team,over,ball,batsman,bowler,batsman_runs,extra_runs,total_runs,is_wicket";

    /** Outcomes of a legal ball: runs 0, 1, 2, 3, 4, 6, or a wicket (-1). */
    private static final int[] OUTCOME = {0, 1, 2, 3, 4, 6, -1};
    /** Probabilities of {@link #OUTCOME} in the powerplay (overs 1-6), the middle overs (7-15) and the death (16-20). */
    private static final double[][] PHASE_P = {
            {0.40, 0.30, 0.07, 0.01, 0.14, 0.04, 0.04},
            {0.35, 0.40, 0.09, 0.01, 0.09, 0.03, 0.03},
            {0.28, 0.33, 0.09, 0.01, 0.14, 0.09, 0.06}};

    /**
     * The deliveries as NumJ columns (one element per ball).
     *
     * @param batsman    codes into {@code batsmen}
     * @param bowler     codes into {@code bowlers}
     * @param battingTeam codes into {@code teams}
     */
    public record Deliveries(NDArray matchId, NDArray inning, NDArray over, NDArray ball, NDArray batsman, NDArray bowler,
                             NDArray battingTeam, NDArray batsmanRuns, NDArray extraRuns, NDArray totalRuns, NDArray isWicket,
                             String[] batsmen, String[] bowlers, String[] teams) {
        public long size() { return matchId.size(); }
    }

    /**
     * Writes {@code matches} simulated T20 matches to {@code csv}, from {@code random(seed)}: two innings
     * of up to 20 overs, outcome odds by phase scaled by each batter's aggression, a chase that stops
     * once the target is passed, an innings that stops at 10 wickets. Returns the number of deliveries.
     */
    public static int generate(Path csv, int matches, long seed) throws IOException {
        Random rng = random(seed);
        // each batter's aggression scales the odds of a boundary: top order bolder than the tail
        double[] aggression = rng.uniform(0.7, 1.3, TEAMS.length * 11).toDoubleArray();
        int rows = 0;
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int m = 0; m < matches; m++) {
                int a = m % TEAMS.length, b = (a + 1 + (m / TEAMS.length) % (TEAMS.length - 1)) % TEAMS.length;
                int target = Integer.MAX_VALUE;
                for (int inning = 1; inning <= 2; inning++) {
                    int bat = inning == 1 ? a : b, bowl = inning == 1 ? b : a;
                    double[] u = rng.rand(120).toDoubleArray(), extra = rng.rand(120).toDoubleArray();
                    int striker = 0, other = 1, next = 2, wickets = 0, score = 0;
                    for (int k = 0; k < 120 && wickets < 10 && score < target; k++) {
                        int over = k / 6 + 1, ball = k % 6 + 1;
                        int outcome = outcome(u[k], PHASE_P[over <= 6 ? 0 : over <= 15 ? 1 : 2], aggression[bat * 11 + striker]);
                        int runs = Math.max(outcome, 0), extras = extra[k] < 0.04 ? 1 : 0, wicket = outcome < 0 ? 1 : 0;
                        String bowler = TEAMS[bowl] + " bowler " + ((over - 1) % 5 + 1);
                        w.write((m + 1) + "," + inning + "," + TEAMS[bat] + "," + TEAMS[bowl] + "," + over + "," + ball + ","
                                + TEAMS[bat] + " batter " + (striker + 1) + "," + bowler + "," + runs + "," + extras + ","
                                + (runs + extras) + "," + wicket);
                        w.newLine();
                        rows++;
                        score += runs + extras;
                        if (wicket == 1) {
                            wickets++;
                            striker = next++;
                        } else if (runs % 2 == 1) {
                            int t = striker; striker = other; other = t;
                        }
                        if (ball == 6) { int t = striker; striker = other; other = t; }
                    }
                    target = score + 1;
                }
            }
        }
        return rows;
    }

    /** The outcome whose cumulative odds first exceed u, after scaling the boundary odds by aggression. */
    private static int outcome(double u, double[] p, double aggression) {
        double[] q = p.clone();
        q[4] *= aggression;
        q[5] *= aggression;
        double total = 0;
        for (double x : q) total += x;
        double c = 0;
        for (int i = 0; i < q.length; i++) {
            c += q[i] / total;
            if (u < c) return OUTCOME[i];
        }
        return OUTCOME[0];
    }

    /** Reads a deliveries CSV with the columns of {@link #HEADER} (any order) into NumJ columns. */
    public static Deliveries read(Path csv) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new IOException(csv + " is empty");
            List<String> cols = List.of(header.split(","));
            int[] at = new int[12];
            String[] want = HEADER.split(",");
            for (int i = 0; i < want.length; i++) {
                at[i] = cols.indexOf(want[i]);
                if (at[i] < 0) throw new IOException(csv + ": no column '" + want[i] + "' in the header " + header);
            }
            Map<String, Integer> batsmen = new LinkedHashMap<>(), bowlers = new LinkedHashMap<>(), teams = new LinkedHashMap<>();
            LongColumns c = new LongColumns(11);
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) continue;
                String[] f = line.split(",", -1);
                if (f.length != cols.size())
                    throw new IOException(csv + " line " + lineNo + ": " + f.length + " fields, the header has " + cols.size());
                try {
                    c.addRow(Long.parseLong(f[at[0]]), Long.parseLong(f[at[1]]), Long.parseLong(f[at[4]]), Long.parseLong(f[at[5]]),
                            code(batsmen, f[at[6]]), code(bowlers, f[at[7]]), code(teams, f[at[2]]),
                            Long.parseLong(f[at[8]]), Long.parseLong(f[at[9]]), Long.parseLong(f[at[10]]), Long.parseLong(f[at[11]]));
                } catch (NumberFormatException e) {
                    throw new IOException(csv + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
            return new Deliveries(c.array(0), c.array(1), c.array(2), c.array(3), c.array(4), c.array(5), c.array(6),
                    c.array(7), c.array(8), c.array(9), c.array(10),
                    batsmen.keySet().toArray(String[]::new), bowlers.keySet().toArray(String[]::new), teams.keySet().toArray(String[]::new));
        }
    }

    private static long code(Map<String, Integer> vocabulary, String value) {
        return vocabulary.computeIfAbsent(value, v -> vocabulary.size());
    }

    /** Growable long columns, filled a row at a time. */
    private static final class LongColumns {
        private final long[][] data;
        private int n;

        LongColumns(int columns) { data = new long[columns][1024]; }

        void addRow(long... row) {
            if (n == data[0].length) for (int i = 0; i < data.length; i++) data[i] = java.util.Arrays.copyOf(data[i], 2 * n);
            for (int i = 0; i < row.length; i++) data[i][n] = row[i];
            n++;
        }

        NDArray array(int column) { return dev.numj.NumJ.array(java.util.Arrays.copyOf(data[column], n)); }
    }

    /** The first lines of a file (pandas' {@code head()}, for the demo's output). */
    static List<String> head(Path csv, int lines) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < lines && (line = r.readLine()) != null) out.add(line);
        }
        return out;
    }
}
