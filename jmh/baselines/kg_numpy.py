#!/usr/bin/env python3
"""numpy reference of simdyn's Klein-Gordon step and whole collision (kg.md section 12).

Implements exactly simdyn's algorithms on numpy's rfft, in float64:
  * expo (kg.md 3.2): exact-linear Strang splitting R(h/2) K(h) R(h/2), mu^2 = 0 for phi^4, spectral state kept
    pre-rotated by R(h/2): a step is irfft(phi_hat) -> W'(phi) -> rfft -> kick pi_hat -> rotate R(h);
  * velocity Verlet (kg.md 3.1): B(h/2) A(h) B(h/2), F = irfft(-k^2 rfft(phi)) - V'(phi), F cached.
Grid x_j = x_min + j dx, dx = L/N (right end excluded), x_min = -L/2; phi^4 lambda = v = 1; initial condition the
kink-antikink pair v[tanh z1 - tanh z2 - 1], z1,2 = a gamma (x -+ S/2), a = v sqrt(lambda/2), pi = -v a gamma u
(sech^2 z1 + sech^2 z2).

Usage (back to back with the simdyn commands of jmh/RESULTS.md or the kgcli report):
  python3 kg_numpy.py                       # us/step at N = 4096 and 65536, whole expo collision (2500 steps)
  python3 kg_numpy.py --verlet              # also velocity Verlet at amangkurat's step cap (~2.06e5 steps, minutes)
  python3 kg_numpy.py --compare kg_final_phi.npy   # max |phi_simdyn - phi_numpy| of the expo collision
"""
import argparse
import math
import sys
import time

import numpy as np


def pair(n, length, u=0.3, sep=20.0):
    dx = length / n
    x = -0.5 * length + dx * np.arange(n)
    g = 1.0 / math.sqrt(1.0 - u * u)
    a = math.sqrt(0.5)
    z1 = a * g * (x + 0.5 * sep)
    z2 = a * g * (x - 0.5 * sep)
    phi = np.tanh(z1) - np.tanh(z2) - 1.0
    pi = -a * g * u * (1.0 / np.cosh(z1) ** 2 + 1.0 / np.cosh(z2) ** 2)
    return phi, pi


def wavenumbers(n, length):
    return 2.0 * math.pi * np.arange(n // 2 + 1) / length


class Expo:
    def __init__(self, phi, pi, length, dt):
        n = phi.size
        self.n = n
        self.dt = dt
        w = wavenumbers(n, length)
        self.w = w
        self.c, self.s, self.q = self.rotation(w, dt)
        c2, s2, q2 = self.rotation(w, 0.5 * dt)
        ph = np.fft.rfft(phi)
        pp = np.fft.rfft(pi)
        self.ph = c2 * ph + s2 * pp
        self.pp = q2 * ph + c2 * pp

    @staticmethod
    def rotation(w, tau):
        c = np.cos(w * tau)
        with np.errstate(divide="ignore", invalid="ignore"):
            s = np.where(w == 0.0, tau, np.sin(w * tau) / np.where(w == 0.0, 1.0, w))
        q = -w * np.sin(w * tau)
        return c, s, q

    def step(self):
        f = np.fft.irfft(self.ph, self.n)
        self.pp -= self.dt * np.fft.rfft(f * (f * f - 1.0))
        ph = self.ph
        self.ph = self.c * ph + self.s * self.pp
        self.pp = self.q * ph + self.c * self.pp

    def phi(self):
        c, s, _ = self.rotation(self.w, -0.5 * self.dt)
        return np.fft.irfft(c * self.ph + s * self.pp, self.n)


class Verlet:
    def __init__(self, phi, pi, length, dt):
        self.n = phi.size
        self.dt = dt
        self.k2 = wavenumbers(self.n, length) ** 2
        self.phi = phi.copy()
        self.pi = pi.copy()
        self.f = self.force()

    def force(self):
        lap = np.fft.irfft(-self.k2 * np.fft.rfft(self.phi), self.n)
        return lap - self.phi * (self.phi * self.phi - 1.0)

    def step(self):
        h = self.dt
        self.pi += 0.5 * h * self.f
        self.phi += h * self.pi
        self.f = self.force()
        self.pi += 0.5 * h * self.f


def per_step(n, reps):
    length = 400.0
    phi, pi = pair(n, length)
    e = Expo(phi, pi, length, 0.02)
    for _ in range(min(reps, 50)):
        e.step()
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(reps):
            e.step()
        best = min(best, (time.perf_counter() - t0) / reps)
    return best * 1e6


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verlet", action="store_true", help="also run velocity Verlet at amangkurat's step cap")
    ap.add_argument("--compare", metavar="NPY", help="simdyn's kg_final_phi.npy of the same expo collision")
    ap.add_argument("--n", type=int, default=65536)
    args = ap.parse_args()
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}")
    for n, reps in ((1024, 2000), (4096, 1000), (16384, 200), (65536, 50)):
        print(f"expo phi4 step N = {n:6d}: {per_step(n, reps):9.1f} us/step (best of 5)")
    n, length, t_end = args.n, 100.0, 50.0
    phi, pi = pair(n, length)
    dt = 0.02
    steps = round(t_end / dt)
    t0 = time.perf_counter()
    e = Expo(phi, pi, length, dt)
    for _ in range(steps):
        e.step()
    final = e.phi()
    t_expo = time.perf_counter() - t0
    print(f"whole collision expo N = {n}, L = {length}, T = {t_end}, dt = {dt}: {steps} steps in {t_expo:.3f} s")
    if args.compare:
        other = np.load(args.compare)
        print(f"max |phi_simdyn - phi_numpy| = {np.max(np.abs(other - final)):.3e} (target <= 1e-8)")
    if args.verlet:
        kmax = math.pi * n / length
        vsteps = math.ceil(t_end * kmax / 0.5)
        vdt = t_end / vsteps
        t0 = time.perf_counter()
        v = Verlet(phi, pi, length, vdt)
        for _ in range(vsteps):
            v.step()
        t_verlet = time.perf_counter() - t0
        print(f"whole collision velocity Verlet at dt = 0.5/k_max: dt = {vdt!r}, {vsteps} steps in {t_verlet:.1f} s")


if __name__ == "__main__":
    main()
