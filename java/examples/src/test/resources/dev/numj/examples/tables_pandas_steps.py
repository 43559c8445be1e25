"""NumPy's answers for TablesPandasStepsTest: the seeds' pandas steps done with the csv module and NumPy alone
(pandas is not needed), on the CSVs that dev.numj.examples.TablesPandasSteps wrote.
Usage: python3 tables_pandas_steps.py ORDERS_CSV PERMUTATION_TXT DELIVERIES_CSV MIN_BALLS
Prints one line per answer: a key, a tab, then numbers separated by spaces or names separated by '|'.
"""
import csv
import sys

import numpy as np

orders_csv, perm_txt, deliveries_csv, min_balls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def out(key, values):
    print(key + "\t" + " ".join(repr(float(v)) for v in np.ravel(values)))


def names(key, values):
    print(key + "\t" + "|".join(values))


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], {h: [r[i] for r in rows[1:]] for i, h in enumerate(rows[0])}


# Part 1: read_csv, isnull().sum(), describe(), fillna(median), get_dummies(drop_first=True), .values, the chapter's regression
header, col = read(orders_csv)
numeric = [h for h in header if h != "city"]
data = {h: np.array([float(v) if v != "" else np.nan for v in col[h]]) for h in numeric}
city = np.array(col["city"])
out("missing", [np.isnan(data[h]).sum() if h != "city" else (city == "").sum() for h in header])
for h in numeric:
    v = data[h]
    out("describe." + h, [np.sum(~np.isnan(v)), np.nanmean(v), np.nanstd(v, ddof=1), np.nanmin(v), np.nanpercentile(v, 25),
                          np.nanpercentile(v, 50), np.nanpercentile(v, 75), np.nanmax(v)])
for h in numeric:
    if np.isnan(data[h]).any():
        median = np.nanmedian(data[h])                     # df[h].median()
        out("median." + h, [median])
        data[h] = np.where(np.isnan(data[h]), median, data[h])   # df[h].fillna(median)
categories = np.unique(city)[1:]                           # sorted, drop_first
dummies = (city[:, None] == categories).astype(np.float64)
names("dummies", ["city_" + c for c in categories])
out("dummy_matrix", dummies)
features = ["distance_km", "rating", "num_items", "time_of_day"]
X = np.column_stack([data[h] for h in features] + [dummies])
y = data["delivery_min"]
out("X", X)
out("y", y)
mu, sigma = X.mean(axis=0), X.std(axis=0)
X_norm = (X - mu) / sigma
indices = np.loadtxt(perm_txt, dtype=np.int64)
split = int(0.8 * len(X_norm))
X_train, X_test = X_norm[indices[:split]], X_norm[indices[split:]]
y_train, y_test = y[indices[:split]], y[indices[split:]]
X_train_b = np.c_[np.ones(X_train.shape[0]), X_train]
X_test_b = np.c_[np.ones(X_test.shape[0]), X_test]
w = np.linalg.inv(X_train_b.T @ X_train_b) @ X_train_b.T @ y_train
out("weights", w)
out("rmse", [np.sqrt(np.mean((y_test - X_test_b @ w) ** 2))])

# Part 2: the IPL group-bys
header, col = read(deliveries_csv)
ints = {h: np.array(col[h], dtype=np.int64) for h in ["match_id", "inning", "over", "batsman_runs", "total_runs", "is_wicket"]}
batsmen, who = np.unique(np.array(col["batsman"]), return_inverse=True)
runs = np.bincount(who, weights=ints["batsman_runs"])      # groupby('batsman')['batsman_runs'].sum()
balls = np.bincount(who)                                   # ... .count()
strike_rate = runs / balls * 100
qualified = np.flatnonzero(balls >= min_balls)
top = qualified[np.argsort(strike_rate[qualified], kind="stable")[::-1][:5]]
names("batsmen", batsmen)
out("batsman_runs", runs)
out("balls_faced", balls)
out("strike_rate", strike_rate)
names("top_batsmen", batsmen[top])
teams, team = np.unique(np.array(col["batting_team"]), return_inverse=True)
names("teams", teams)
out("team_runs", np.bincount(team, weights=ints["total_runs"]))
key = (ints["match_id"] * 2 + ints["inning"] - 1) * 20 + ints["over"] - 1
keys, k = np.unique(key, return_inverse=True)
over_sums = np.bincount(k, weights=ints["total_runs"])    # groupby(['match_id', 'inning', 'over'])['total_runs'].sum()
over_of = keys % 20
out("avg_runs_per_over", np.bincount(over_of, weights=over_sums) / np.bincount(over_of))   # .groupby('over').mean()
phase = np.where(ints["over"] <= 6, 0, np.where(ints["over"] <= 15, 1, 2))
out("phase_runs_per_ball", np.bincount(phase, weights=ints["total_runs"]) / np.bincount(phase))
out("phase_wickets", np.bincount(phase, weights=ints["is_wicket"]))
