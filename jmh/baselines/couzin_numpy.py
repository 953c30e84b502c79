#!/usr/bin/env python3
"""Vectorised numpy baseline of one PEER_COMPAT Couzin step (couzin spec sections 2 and 11).

The same algorithm as simdyn's CouzinRules.PEER_COMPAT in 3-D with a periodic box (dewi-kadita 0.0.4's numpy
path, without its defects that simdyn does not copy): row-blocked all-pairs with the minimum image, zone sums
over the visible neighbours (rear blind cone, also in the zone of repulsion), raw sums w*S_o + S_a, the
linear-interpolation turn capped at theta, isotropic noise added after the cap, drift and the periodic fold.
Zone sums are plain float64 sums (simdyn accumulates exactly in integers of 2^-39: the two agree to ~1e-11 per
step). Noise: numpy's PCG64 (not Philox); the timing does not depend on it.

Usage (run with one BLAS thread, as the benchmark table requires):

  OPENBLAS_NUM_THREADS=1 python3 jmh/baselines/couzin_numpy.py --n 2000 [--steps 10] [--block 256] [--json]
      times `steps` steps of the benchmark state (dewi-kadita swarm parameters at constant density,
      L = 25 (N/150)^(1/3), random start relaxed for 20 steps) and prints the median and minimum ms per step.
  python3 jmh/baselines/couzin_numpy.py --check IN.json OUT.json
      reads {"box", "speed", "r_r", "r_o", "r_a", "max_turn", "blind_angle", "orientation_weight", "dt", "steps",
      "x": [[x, y, z], ...], "v": [[vx, vy, vz], ...]} and writes {"x": ..., "v": ...} after `steps` noiseless
      steps (used by the jmh module's agreement test).
"""
import argparse
import json
import os
import sys
import time

import numpy as np


def step(x, v, p, rng=None, block=256):
    """One synchronous PEER_COMPAT step; returns new (x, v). x, v: (N, 3) float64."""
    n = x.shape[0]
    box = p["box"]
    half = 0.5 * box
    rr2 = p["r_r"] * p["r_r"]
    ro2 = p["r_o"] * p["r_o"]
    ra2 = p["r_a"] * p["r_a"]
    beta = p["blind_angle"]
    thr = -np.cos(np.radians(beta)) if beta > 0 else -np.inf
    w = p["orientation_weight"]
    theta = p["max_turn"]
    sigma = p.get("noise", 0.0)
    speed = p["speed"]
    m = np.sqrt(np.einsum("ij,ij->i", v, v))
    u = np.where(m[:, None] < 1e-10, np.array([1.0, 0.0, 0.0]), v / np.where(m < 1e-10, 1.0, m)[:, None])
    d = np.empty_like(x)
    for i0 in range(0, n, block):
        i1 = min(n, i0 + block)
        dd = x[None, :, :] - x[i0:i1, None, :]
        dd = np.where(dd > half, dd - box, np.where(dd < -half, dd + box, dd))
        r2 = np.einsum("bjk,bjk->bj", dd, dd)
        valid = r2 > 1e-20
        inv = np.zeros_like(r2)
        np.divide(1.0, np.sqrt(r2, where=valid, out=np.ones_like(r2)), out=inv, where=valid)
        e = dd * inv[:, :, None]
        visible = np.einsum("bk,bjk->bj", u[i0:i1], e) > thr
        vis = valid & visible
        zor = vis & (r2 < rr2)
        zoo = vis & (r2 >= rr2) & (r2 < ro2)
        zoa = vis & (r2 >= ro2) & (r2 < ra2)
        s_r = np.einsum("bj,bjk->bk", zor.astype(np.float64), e)
        s_o = zoo.astype(np.float64) @ u
        s_a = np.einsum("bj,bjk->bk", zoa.astype(np.float64), e)
        n_r = zor.sum(axis=1)
        d[i0:i1] = np.where((n_r > 0)[:, None], -s_r, w * s_o + s_a)
    dn = np.sqrt(np.einsum("ij,ij->i", d, d))
    dhat = np.where((dn < 1e-10)[:, None], u, d / np.where(dn < 1e-10, 1.0, dn)[:, None])
    c = np.clip(np.einsum("ij,ij->i", u, dhat), -1.0, 1.0)
    phi = np.arccos(c)
    t = np.where(phi > theta, theta / np.where(phi > 0, phi, 1.0), 1.0)
    mix = (1.0 - t)[:, None] * u + t[:, None] * dhat
    mn = np.sqrt(np.einsum("ij,ij->i", mix, mix))
    lerp = np.where((mn < 1e-10)[:, None], u, mix / np.where(mn < 1e-10, 1.0, mn)[:, None])
    un = np.where((phi < 1e-10)[:, None], u, np.where((phi <= theta)[:, None], dhat, lerp))
    if sigma > 0 and rng is not None:
        noisy = un + sigma * rng.standard_normal(un.shape)
        nn = np.sqrt(np.einsum("ij,ij->i", noisy, noisy))
        un = np.where((nn < 1e-10)[:, None], un, noisy / np.where(nn < 1e-10, 1.0, nn)[:, None])
    vn = speed * un
    xn = x + vn * p["dt"]
    over = xn >= box
    xn = np.where(over, xn - box, xn)
    wrapped = xn + box
    xn = np.where(xn < 0, np.where(wrapped < box, wrapped, 0.0), xn)
    return xn, vn


def bench_params(n):
    return {"box": 25.0 * (n / 150.0) ** (1.0 / 3.0), "speed": 1.0, "r_r": 2.0, "r_o": 3.0, "r_a": 15.0,
            "max_turn": 0.4, "noise": 0.2, "blind_angle": 30.0, "orientation_weight": 1.0, "dt": 0.1}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--block", type=int, default=256)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", nargs=2, metavar=("IN", "OUT"))
    a = ap.parse_args()
    if a.check:
        with open(a.check[0]) as f:
            p = json.load(f)
        x = np.array(p["x"], dtype=np.float64)
        v = np.array(p["v"], dtype=np.float64)
        p["noise"] = 0.0
        for _ in range(int(p["steps"])):
            x, v = step(x, v, p, None, a.block)
        with open(a.check[1], "w") as f:
            json.dump({"x": x.tolist(), "v": v.tolist()}, f)
        return 0
    p = bench_params(a.n)
    rng = np.random.default_rng(5)
    x = rng.random((a.n, 3)) * p["box"]
    g = rng.standard_normal((a.n, 3))
    v = p["speed"] * g / np.linalg.norm(g, axis=1)[:, None]
    for _ in range(20):
        x, v = step(x, v, p, rng, a.block)
    times = []
    for _ in range(a.steps):
        t0 = time.perf_counter()
        x, v = step(x, v, p, rng, a.block)
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    out = {"n": a.n, "steps": a.steps, "block": a.block, "ms_per_step_median": times[len(times) // 2],
           "ms_per_step_min": times[0], "numpy": np.__version__,
           "openblas_num_threads": os.environ.get("OPENBLAS_NUM_THREADS")}
    if a.json:
        print(json.dumps(out))
    else:
        print("couzin_numpy N = %d: %.2f ms/step median, %.2f ms min over %d steps (numpy %s, "
              "OPENBLAS_NUM_THREADS=%s)" % (a.n, out["ms_per_step_median"], out["ms_per_step_min"], a.steps,
                                            np.__version__, out["openblas_num_threads"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
