package dev.numj.random;

/**
 * A plain-Java model of native/cpu/samplers.h, for the tests that check the native samplers bit for bit:
 * each value's sub-stream (Philox counter {lo32(b), hi32(b), j, 0} for value i's block b = W/4 + i), the
 * uniforms, normals and exponentials read from it, and the samplers in the header's arithmetic order.
 * ln, exp and log1p are {@link StrictMath}'s (fdlibm's, as the header's).
 */
final class SamplerReference {
    private SamplerReference() {}

    static final int MAX_TRIES = 1 << 24;

    /** A value's sub-stream, read as uint64s. */
    static final class Sub {
        final long seed, block;
        int j, pos = 2;
        int[] w;

        Sub(long seed, long block) {
            this.seed = seed;
            this.block = block;
        }

        long u64() {
            if (pos == 2) {
                w = PhiloxReference.philox((int) block, (int) (block >>> 32), j++, 0, (int) seed, (int) (seed >>> 32));
                pos = 0;
            }
            long v = (w[2 * pos] & 0xffffffffL) | ((long) w[2 * pos + 1] << 32);
            pos++;
            return v;
        }

        double u01() { return (u64() >>> 11) * 0x1.0p-53; }

        /** 1 - u01, exactly: (0, 1] */
        double oneMinusU01() { return ((1L << 53) - (u64() >>> 11)) * 0x1.0p-53; }

        double exponential() { return 0.0 - StrictMath.log(oneMinusU01()); }

        double normal() {
            long a = u64(), b = u64();
            return boxMullerCos(a, b);
        }
    }

    /** philox.h's Box-Muller cosine output for words a (radius) and b (angle). */
    static double boxMullerCos(long a, long b) {
        double R = Math.sqrt(2.0 * (0.0 - StrictMath.log(((1L << 53) - (a >>> 11)) * 0x1.0p-53)));
        long m = b >>> 11;
        int oct = (int) (m >>> 50);
        long f = m & ((1L << 50) - 1);
        if ((oct & 1) == 1) f = (1L << 50) - f;
        double ang = 7.85398163397448278999e-01 * (f * 0x1.0p-50);
        double s = PhiloxReference.ksin(ang), c = PhiloxReference.kcos(ang);
        if ((oct & 1) == 1) {
            double t = s;
            s = c;
            c = t;
        }
        double cs = switch (oct >> 1) {
            case 0 -> c;
            case 1 -> -s;
            case 2 -> -c;
            default -> s;
        };
        return R * cs;
    }

    // ---- continuous ----

    static double gammaMT(Sub s, double a) {
        double d = a - 1.0 / 3.0, c = 1.0 / Math.sqrt(9.0 * d);
        for (int t = 0; t < MAX_TRIES; t++) {
            double x, v;
            do {
                x = s.normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = s.u01();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return d * v;
            if (StrictMath.log(u) < 0.5 * x * x + d * (1.0 - v + StrictMath.log(v))) return d * v;
        }
        return Double.NaN;
    }

    static double standardGamma(Sub s, double a) {
        if (Double.isNaN(a)) return a;
        if (a <= 0.0) return a == 0.0 ? 0.0 : Double.NaN;
        if (a == 1.0) return s.exponential();
        if (a < 1.0) {
            double g = gammaMT(s, a + 1.0);
            double u = s.oneMinusU01();
            return g * StrictMath.exp(StrictMath.log(u) / a);
        }
        return gammaMT(s, a);
    }

    static double logGamma(Sub s, double a) {
        if (Double.isNaN(a)) return a;
        if (a == 0.0) return Double.NEGATIVE_INFINITY;
        if (a < 1.0) {
            double g = gammaMT(s, a + 1.0);
            double u = s.oneMinusU01();
            return StrictMath.log(g) + StrictMath.log(u) / a;
        }
        return StrictMath.log(standardGamma(s, a));
    }

    static double beta(Sub s, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            for (int t = 0; t < MAX_TRIES; t++) {
                double U = s.u01(), V = s.u01();
                double lu = StrictMath.log(U) / a, lv = StrictMath.log(V) / b;
                double X = StrictMath.exp(lu), Y = StrictMath.exp(lv), XpY = X + Y;
                if (XpY <= 1.0 && U + V > 0.0) {
                    if (XpY > 0.0) return X / XpY;
                    double m = lu > lv ? lu : lv;
                    lu -= m;
                    lv -= m;
                    return StrictMath.exp(lu - StrictMath.log(StrictMath.exp(lu) + StrictMath.exp(lv)));
                }
            }
            return Double.NaN;
        }
        double ga = standardGamma(s, a), gb = standardGamma(s, b);
        return ga / (ga + gb);
    }

    static double standardT(Sub s, double df) {
        double num = s.normal();
        double denom = standardGamma(s, df / 2.0);
        return Math.sqrt(df / 2.0) * num / Math.sqrt(denom);
    }

    static double laplace(Sub s, double loc, double scale) {
        for (int t = 0; t < MAX_TRIES; t++) {
            double U = s.u01();
            if (U >= 0.5) return loc - scale * StrictMath.log(2.0 - U - U);
            if (U > 0.0) return loc + scale * StrictMath.log(U + U);
        }
        return Double.NaN;
    }

    static double logistic(Sub s, double loc, double scale) {
        for (int t = 0; t < MAX_TRIES; t++) {
            double U = s.u01();
            if (U > 0.0) return loc + scale * StrictMath.log(U / (1.0 - U));
        }
        return Double.NaN;
    }

    static double tnTail(Sub s, double lo, double hi) {
        double r = Math.sqrt(lo * lo + 4.0);
        if (hi - lo <= 3.297442541400256 / (lo + r) * StrictMath.exp((lo * lo - lo * r) / 4.0)) {
            for (int t = 0; t < MAX_TRIES; t++) {
                double z = lo + (hi - lo) * s.u01();
                if (s.u01() <= StrictMath.exp((lo * lo - z * z) / 2.0)) return z;
            }
            return Double.NaN;
        }
        double lam = (lo + r) / 2.0;
        for (int t = 0; t < MAX_TRIES; t++) {
            double z = lo + s.exponential() / lam;
            double u = s.u01();
            if (z <= hi && u <= StrictMath.exp(-(z - lam) * (z - lam) / 2.0)) return z;
        }
        return Double.NaN;
    }

    static double truncatedNormal(Sub s, double mean, double std, double a, double b) {
        if (Double.isNaN(mean) || Double.isNaN(std) || Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (std == 0.0) return mean < a ? a : mean > b ? b : mean;
        double alpha = (a - mean) / std, beta = (b - mean) / std;
        double z = Double.NaN;
        if (alpha >= 0.0) {
            z = tnTail(s, alpha, beta);
        } else if (beta <= 0.0) {
            z = -tnTail(s, -beta, -alpha);
        } else if (beta - alpha >= 2.5066282746310002) {
            for (int t = 0; t < MAX_TRIES; t++) {
                double x = s.normal();
                if (x >= alpha && x <= beta) {
                    z = x;
                    break;
                }
            }
        } else {
            for (int t = 0; t < MAX_TRIES; t++) {
                double x = alpha + (beta - alpha) * s.u01();
                if (s.u01() <= StrictMath.exp(-x * x / 2.0)) {
                    z = x;
                    break;
                }
            }
        }
        double v = mean + std * z;
        return v < a ? a : v > b ? b : v;
    }

    // ---- discrete ----

    static double loggam(double x) {
        double[] a = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
                8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
                1.796443723688307e-01, -1.39243221690590e+00};
        if (x == 1.0 || x == 2.0) return 0.0;
        long n = x < 7.0 ? (long) (7 - x) : 0;
        double x0 = x + (double) n, x2 = (1.0 / x0) * (1.0 / x0);
        double gl0 = a[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += a[k];
        }
        double gl = gl0 / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * StrictMath.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= StrictMath.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }

    static long poisson(Sub s, double lam) {
        if (lam == 0.0) return 0;
        if (lam < 10.0) {
            double enlam = StrictMath.exp(-lam), prod = 1.0;
            for (long X = 0; X < MAX_TRIES; X++) {
                prod *= s.u01();
                if (!(prod > enlam)) return X;
            }
            return 0;
        }
        double slam = Math.sqrt(lam), loglam = StrictMath.log(lam);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        for (int t = 0; t < MAX_TRIES; t++) {
            double U = s.u01() - 0.5, V = s.u01();
            double us = 0.5 - Math.abs(U);
            if (us <= 0.0) continue;
            double k = Math.floor((2 * a / us + b) * U + lam + 0.43);
            if (us >= 0.07 && V <= vr) return (long) k;
            if (k < 0 || (us < 0.013 && V > us)) continue;
            if (StrictMath.log(V) + StrictMath.log(invalpha) - StrictMath.log(a / (us * us) + b)
                    <= -lam + k * loglam - loggam(k + 1))
                return k >= 9.2233720368547758e18 ? Long.MAX_VALUE : (long) k;
        }
        return 0;
    }

    static long binomialInversion(Sub s, long n, double p) {
        double q = 1.0 - p, qn = StrictMath.exp((double) n * StrictMath.log(q)), np = (double) n * p;
        double bd = np + 10.0 * Math.sqrt(np * q + 1);
        long bound = (double) n < bd ? n : (long) bd;
        long X = 0;
        double px = qn, U = s.u01();
        for (int t = 0; U > px && t < MAX_TRIES; t++) {
            X++;
            if (X > bound) {
                X = 0;
                px = qn;
                U = s.u01();
            } else {
                U -= px;
                px = ((double) (n - X + 1) * p * px) / ((double) X * q);
            }
        }
        return X;
    }

    static long binomialBtpe(Sub s, long n, double p) {
        double r = p, q = 1.0 - r, fm = (double) n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt((double) n * r * q) - 4.6 * q) + 0.5;
        double xm = (double) m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + (double) m);
        double a = (fm - xl) / (fm - xl * r);
        double laml = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        double lamr = a * (1.0 + a / 2.0);
        double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
        double nrq = (double) n * r * q;
        for (int t = 0; t < MAX_TRIES; t++) {
            double u = s.u01() * p4, v = s.u01();
            long y;
            if (u <= p1) return (long) Math.floor(xm - p1 * v + u);
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs((double) m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                if (v == 0.0) continue;
                double yd = Math.floor(xl + StrictMath.log(v) / laml);
                if (yd < 0) continue;
                y = (long) yd;
                v = v * (u - p2) * laml;
            } else {
                if (v == 0.0) continue;
                double yd = Math.floor(xr - StrictMath.log(v) / lamr);
                if (yd > (double) n) continue;
                y = (long) yd;
                v = v * (u - p3) * lamr;
            }
            long k = y > m ? y - m : m - y;
            if (!(k > 20 && (double) k < nrq / 2.0 - 1)) {
                double sr = r / q, aa = sr * (double) (n + 1);
                double F = 1.0;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) F *= (aa / (double) i - sr);
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) F /= (aa / (double) i - sr);
                }
                if (v > F) continue;
                return y;
            }
            double kd = (double) k;
            double rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double tt = -(double) (k * k) / (2 * nrq);
            double A = StrictMath.log(v);
            if (A < tt - rho) return y;
            if (A > tt + rho) continue;
            double x1 = (double) (y + 1), f1 = (double) (m + 1), z = (double) (n + 1 - m), w = (double) (n - y + 1);
            double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
            double bound = xm * StrictMath.log(f1 / x1) + ((double) (n - m) + 0.5) * StrictMath.log(z / w)
                    + (double) (y - m) * StrictMath.log(w * r / (x1 * q))
                    + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.;
            if (A > bound) continue;
            return y;
        }
        return 0;
    }

    static long binomial(Sub s, long n, double p) {
        if (n == 0 || p == 0.0) return 0;
        if (p <= 0.5) return p * (double) n <= 30.0 ? binomialInversion(s, n, p) : binomialBtpe(s, n, p);
        double q = 1.0 - p;
        return n - (q * (double) n <= 30.0 ? binomialInversion(s, n, q) : binomialBtpe(s, n, q));
    }

    static long geometric(Sub s, double p) {
        if (p >= 0.333333333333333333333333) {
            double q = 1.0 - p, sum = p, prod = p, U = s.u01();
            long X = 1;
            while (U > sum && prod > 0.0) {
                prod *= q;
                sum += prod;
                X++;
            }
            return X;
        }
        double z = Math.ceil(-s.exponential() / StrictMath.log1p(-p));
        if (z >= 9.2233720368547758e18) return Long.MAX_VALUE;
        return z < 1.0 ? 1 : (long) z;
    }

    // ---- rows ----

    static long[] multinomial(long seed, long block, long n, double[] pvals) {
        Sub s = new Sub(seed, block);
        int k = pvals.length;
        long[] o = new long[k];
        long left = n;
        double rest = 1.0;
        for (int j = 0; j < k - 1 && left > 0; j++) {
            double p = pvals[j] / rest;
            o[j] = binomial(s, left, p > 1.0 ? 1.0 : p < 0.0 ? 0.0 : p);
            left -= o[j];
            rest -= pvals[j];
        }
        if (left > 0) o[k - 1] = left;
        return o;
    }

    static double[] dirichlet(long seed, long block, double[] alpha) {
        Sub s = new Sub(seed, block);
        int k = alpha.length;
        double[] o = new double[k];
        double m = Double.NEGATIVE_INFINITY, sum = 0.0;
        boolean nan = false;
        for (int j = 0; j < k; j++) {
            o[j] = logGamma(s, alpha[j]);
            if (Double.isNaN(o[j])) nan = true;
            else if (o[j] > m) m = o[j];
        }
        if (nan || m == Double.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(o, nan ? Double.NaN : 0.0);
            return o;
        }
        for (int j = 0; j < k; j++) sum += (o[j] = StrictMath.exp(o[j] - m));
        for (int j = 0; j < k; j++) o[j] /= sum;
        return o;
    }
}
