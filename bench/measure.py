"""Timing helpers: repeated runs, medians, and what one run of a subprocess cost."""

from __future__ import annotations

import gc
import os
import resource
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Samples:
    """Repeated measurements of one quantity (a rate, a size), with the median as its value."""

    name: str
    unit: str
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "unit": self.unit, "median": self.median, "values": self.values}


def cpu_rate(work: Callable[[], int]) -> float:
    """Items per second of CPU time of this process (one core) for one call of `work`."""
    gc.collect()
    start = time.process_time()
    n = work()
    elapsed = time.process_time() - start
    return n / elapsed if elapsed > 0 else float("inf")


def wall_rate(work: Callable[[], int]) -> float:
    """Items per second of wall time for one call of `work`."""
    gc.collect()
    start = time.perf_counter()
    n = work()
    elapsed = time.perf_counter() - start
    return n / elapsed if elapsed > 0 else float("inf")


@dataclass(slots=True)
class ProcessRun:
    returncode: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float  # user and system time of the process (and of any children it waited for)
    stderr: str


def run_process(
    cmd: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 1800
) -> ProcessRun:
    """Run a command; its wall time and peak resident memory (VmHWM of it and its descendants, read while
    it runs); the CPU time is that of the process and the children it waited for (not its worker pool's)."""
    with tempfile.TemporaryFile() as err:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        deadline = start + timeout
        peak_kb = 0
        while True:
            peak_kb = max(peak_kb, _tree_high_water_kb(proc.pid))
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, _ = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()[-4000:].decode("utf-8", "replace")
    return ProcessRun(proc.returncode, seconds, peak_kb / 1024, cpu, stderr)


def _tree_high_water_kb(pid: int) -> int:
    """Peak resident memory of a process and its descendants (worker processes), each at its own peak."""
    return sum(_high_water_kb(p) for p in _descendants(pid))


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return out


def _high_water_kb(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), in kB; 0 once it is gone.

    Not wait4's ru_maxrss: Linux carries the parent's peak over into a forked child
    across exec, so every child would seem as large as this benchmark process.
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def db_size(path: Path) -> int:
    """Bytes of the database with its write-ahead log folded in."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
