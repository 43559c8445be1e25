package dev.numj.examples;

import dev.numj.NDArray;

import java.io.IOException;
import java.nio.file.Path;

import static dev.numj.NumJ.*;

/**
 * Chapter 3's case study "IPL Cricket Analytics" on the generated ball-by-ball file, without pandas:
 * the CSV becomes NumJ columns ({@link IplData#read}), group-bys are sorts and cumulative sums
 * ({@link GroupBy}), and everything else is masks, {@code where}, {@code argsort} and {@code cumsum}.
 * Tasks: 1. average runs per over; 2. strike rates (runs / balls * 100) and the top 10;
 * 3. one match's score progression; 4. powerplay, middle and death overs compared.
 */
public final class IplAnalytics {
    private IplAnalytics() {}

    /**
     * The case study's answers.
     *
     * @param avgRunsPerOver   (20,) average runs scored in over 1..20 over every innings that reached it
     * @param topBatsmen       names of the 10 best strike rates among batters with at least {@code minBalls} balls, best first
     * @param topStrikeRates   their strike rates
     * @param progressionMatch the match of task 3
     * @param progression      cumulative score after each ball, one array per innings of that match
     * @param phaseRunsPerBall (3,) average runs per ball in the powerplay, middle and death overs
     * @param phaseWickets     (3,) wickets in each phase
     */
    public record Result(NDArray avgRunsPerOver, String[] topBatsmen, double[] topStrikeRates, long progressionMatch,
                         NDArray[] progression, NDArray phaseRunsPerBall, NDArray phaseWickets) {}

    static final String[] PHASES = {"Powerplay", "Middle", "Death"};

    public static Result run(IplData.Deliveries d, int minBalls, boolean print) {
        // Task 1: runs per over. over_runs = groupby(['match_id', 'inning', 'over'])['total_runs'].sum(),
        // then over_runs.groupby('over').mean(); one int64 key per (match, innings, over)
        NDArray inningsOver = d.matchId().mul(2L).add(d.inning().sub(1L)).mul(20L).add(d.over().sub(1L));
        GroupBy.Groups perInningsOver = GroupBy.sum(inningsOver, d.totalRuns());
        NDArray avgPerOver = GroupBy.sum(perInningsOver.keys().mod(20L), perInningsOver.sums()).means();
        if (print) {
            System.out.println("Task 1: average runs per over (" + perInningsOver.keys().size() + " overs bowled)");
            for (int o = 0; o < avgPerOver.size(); o++) {
                double v = avgPerOver.getDouble(o);
                System.out.printf("  over %2d %5.2f %s%n", o + 1, v, "#".repeat((int) Math.round(v * 3)));
            }
        }

        // Task 2: strike rate = runs / balls * 100 per batter with at least minBalls balls
        GroupBy.Groups bat = GroupBy.sum(d.batsman(), d.batsmanRuns());
        NDArray qualified = bat.counts().ge((long) minBalls);
        NDArray runs = bat.sums().get(qualified), balls = bat.counts().get(qualified), who = bat.keys().get(qualified);
        NDArray strikeRate = runs.div(balls).mul(100.0);
        NDArray top = strikeRate.argsort().get("-10:").get("::-1");           // np.argsort(strike_rate)[-10:][::-1]
        String[] names = new String[(int) top.size()];
        double[] rates = new double[names.length];
        if (print) System.out.println("Task 2: top " + names.length + " strike rates (min " + minBalls + " balls, " + who.size() + " qualify)");
        for (int i = 0; i < names.length; i++) {
            long k = top.getLong(i);
            names[i] = d.batsmen()[(int) who.getLong(k)];
            rates[i] = strikeRate.getDouble(k);
            if (print) System.out.printf("  %-18s SR: %6.1f  Runs: %4d  Balls: %4d%n", names[i], rates[i], runs.getLong(k), balls.getLong(k));
        }

        // Task 3: the score progression of one match, cumsum of total_runs per innings
        NDArray matches = d.matchId().unique();
        long match = matches.getLong(Math.min(42, matches.size() - 1));          // deliveries['match_id'].unique()[42]
        NDArray inMatch = d.matchId().eq(match);
        NDArray[] progression = new NDArray[2];
        if (print) System.out.println("Task 3: score progression of match #" + match);
        for (int inning = 1; inning <= 2; inning++) {
            NDArray rows = inMatch.and(d.inning().eq((long) inning));
            progression[inning - 1] = d.totalRuns().get(rows).cumsum();
            if (print) {
                NDArray c = progression[inning - 1];
                long team = d.battingTeam().get(rows).getLong(0);
                System.out.printf("  %-5s %3d/%d in %d balls; after 6 overs %d, after 15 overs %s%n", d.teams()[(int) team],
                        c.getLong(c.size() - 1), d.isWicket().get(rows).sum().itemLong(), c.size(), c.getLong(Math.min(35, c.size() - 1)),
                        c.size() > 89 ? String.valueOf(c.getLong(89)) : "-");
            }
        }

        // Task 4: phases. phase = 0 for overs 1-6, 1 for 7-15, 2 for 16-20, then the group means and sums
        NDArray phase = where(d.over().le(6L), zeros(INT64), where(d.over().le(15L), ones(INT64), full(new int[0], 2L)));
        GroupBy.Groups runsByPhase = GroupBy.sum(phase, d.totalRuns()), wicketsByPhase = GroupBy.sum(phase, d.isWicket());
        NDArray perBall = runsByPhase.means();
        if (print) {
            System.out.println("Task 4: phases             avg_runs_per_ball  total_wickets");
            for (int p = 0; p < 3; p++)
                System.out.printf("  %-10s (overs %-5s) %17.3f  %13d%n", PHASES[p], p == 0 ? "1-6" : p == 1 ? "7-15" : "16-20",
                        perBall.getDouble(p), wicketsByPhase.sums().getLong(p));
        }
        return new Result(avgPerOver, names, rates, match, progression, perBall, wicketsByPhase.sums());
    }

    /** Generates {@code matches} matches into {@code csv}, reads them back and runs the case study. */
    public static Result run(Path csv, int matches, long seed, boolean print) throws IOException {
        int rows = IplData.generate(csv, matches, seed);
        if (print) {
            System.out.println("Generated " + rows + " deliveries of " + matches + " matches: " + csv.toAbsolutePath());
            for (String line : IplData.head(csv, 3)) System.out.println("  " + line);
        }
        IplData.Deliveries d = IplData.read(csv);
        return run(d, 100, print);
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "deliveries.csv"), 60, 42, true);
    }
}
