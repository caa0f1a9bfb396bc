"""SciPy side of bench/trend.bench.ts: times kendalltau + theilslopes on the same data in the same run.

Usage (normally called by the TypeScript bench): python3 bench/trend_scipy.py <data-dir>
<data-dir> holds float64 little-endian files written by the bench:
  batch.f64  10,000 series x 120 points, row-major
  long.f64   one series of 1,000,000 points
  mid.f64    one series of 5,000 points
Prints one JSON object on stdout. Exits 3 when SciPy is not installed.
"""
import json
import os
import sys
import time

try:
    import numpy as np
    import scipy
    from scipy import stats
except ImportError as error:  # pragma: no cover - reported by the caller
    print(json.dumps({"error": f"scipy unavailable: {error}"}))
    sys.exit(3)


def main() -> None:
    data = sys.argv[1]
    batch = np.fromfile(os.path.join(data, "batch.f64"), dtype="<f8").reshape(-1, 120)
    long = np.fromfile(os.path.join(data, "long.f64"), dtype="<f8")
    mid = np.fromfile(os.path.join(data, "mid.f64"), dtype="<f8")
    t120 = np.arange(120)
    out = {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__}

    start = time.perf_counter()
    cpu = time.process_time()
    slopes = np.empty(len(batch))
    for k, y in enumerate(batch):
        stats.kendalltau(t120, y)
        slopes[k] = stats.theilslopes(y, t120).slope
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    out["batch"] = {"series": len(batch), "seconds": elapsed, "cpuSeconds": cpu, "seriesPerSecond": len(batch) / elapsed}
    slopes.astype("<f8").tofile(os.path.join(data, "scipy_slopes.f64"))

    t = np.arange(len(mid))
    start = time.perf_counter()
    stats.kendalltau(t, mid)
    out["midKendalltauSeconds"] = time.perf_counter() - start
    start = time.perf_counter()
    res = stats.theilslopes(mid, t)
    out["midTheilslopesSeconds"] = time.perf_counter() - start
    out["midSlope"] = float(res.slope)

    t = np.arange(len(long))
    start = time.perf_counter()
    tau = stats.kendalltau(t, long)
    out["longKendalltauSeconds"] = time.perf_counter() - start
    out["longTau"] = float(tau.statistic)
    # theilslopes materialises all n(n-1)/2 slopes: 5e11 doubles (4 TB) for n = 1e6, so it is not run.
    pairs = len(long) * (len(long) - 1) / 2
    size = f"{pairs * 8 / 1e12:.1f} TB" if pairs * 8 >= 1e12 else f"{pairs * 8 / 1e9:.0f} GB"
    out["longTheilslopes"] = f"not run: SciPy forms all n(n-1)/2 = {pairs:.1e} slopes (about {size})"
    print(json.dumps(out))


if __name__ == "__main__":
    main()
