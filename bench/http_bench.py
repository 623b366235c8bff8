"""HTTP benchmark: the real app vs a minimal Flask app under the same gunicorn settings.

Prints requests/s and p50/p99 latency per page type, each as a ratio to the floor, and the
compressed first-load weight of each page type. Traffic goes only to 127.0.0.1, bounded in
requests and time.
"""

from __future__ import annotations

import gzip
import http.client
import os
import platform
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "1500"))
CONNECTIONS = 4
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
TIME_LIMIT = 60.0  # seconds per endpoint, whatever happens
ENDPOINTS = {
    "home": ("GET", "/en/", None),
    "article": ("GET", "/en/articles/what-is-an-iop", None),
    "search": ("GET", "/en/search?q=insurance+cost", None),
    "self-check step": (
        "POST",
        "/en/screener/question",
        "for_whom=self&current=concern&concern=both&action=next",
    ),
}


# Share of the floor's requests/s each page should reach (issue #4).
TARGETS = {"home": 0.8, "article": 0.8, "search": 0.5}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(target: str, port: int) -> subprocess.Popen:
    command = [
        str(VENV_BIN / "gunicorn"),
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        target,
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"{target} did not start: {process.stderr.read().decode()[-2000:]}")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def server_cpu(server: subprocess.Popen) -> float | None:
    """CPU seconds used so far by gunicorn's master and workers (Linux /proc; else None)."""
    try:
        pids = [server.pid]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == server.pid:
                    pids.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                continue  # a process that ended while we looked
        return sum(_cpu_seconds(pid) for pid in pids)
    except OSError:
        return None


def wait_until_idle(server: subprocess.Popen, limit: float = 60.0) -> None:
    """Wait for the workers to finish starting (loading articles, opening the index).

    The port opens before the workers are ready; measuring then would charge their start-up
    to whichever server is measured first.
    """
    deadline = time.time() + limit
    before = server_cpu(server)
    while before is not None and time.time() < deadline:
        time.sleep(0.5)
        now = server_cpu(server)
        if now is None or now - before < 0.02:
            return
        before = now


Run = tuple[float, list[float], float | None]  # requests/s, latencies, server CPU ms per request


def load(server: subprocess.Popen, port: int, method: str, path: str, body: str | None) -> Run:
    latencies: list[float] = []
    lock = threading.Lock()
    per_worker = REQUESTS // CONNECTIONS
    headers = {"Accept-Encoding": "gzip"}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    stop_at = time.time() + TIME_LIMIT

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        for _ in range(per_worker):
            if time.time() > stop_at:
                break
            start = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status >= 500:
                raise SystemExit(f"{path}: HTTP {response.status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    for _ in range(20):  # warm up
        c = http.client.HTTPConnection("127.0.0.1", port)
        c.request(method, path, body=body, headers=headers)
        c.getresponse().read()
        c.close()
    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    cpu_before = server_cpu(server)
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    cpu_after = server_cpu(server)
    cpu_ms = None
    if cpu_before is not None and cpu_after is not None and latencies:
        cpu_ms = (cpu_after - cpu_before) / len(latencies) * 1000
    return len(latencies) / elapsed, latencies, cpu_ms


def median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run[0])[len(runs) // 2]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] * 1000


def fetch(port: int, path: str) -> tuple[bytes, dict[str, str]]:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse()
    data = response.read()
    headers = {k.lower(): v for k, v in response.getheaders()}
    conn.close()
    return data, headers


def page_weight(port: int, path: str) -> tuple[int, int]:
    """Compressed bytes on first load: (HTML + CSS, HTML + CSS + JS)."""
    html_gz, headers = fetch(port, path)
    html = (
        gzip.decompress(html_gz).decode() if headers.get("content-encoding") == "gzip" else html_gz.decode()
    )
    css = sum(len(fetch(port, u)[0]) for u in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html))
    js = sum(len(fetch(port, u)[0]) for u in re.findall(r'<script src="([^"]+)"', html))
    return len(html_gz) + css, len(html_gz) + css + js


def main() -> None:
    env_note = f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    print(f"# HTTP benchmark ({time.strftime('%Y-%m-%d')}, {env_note})")
    print(f"gunicorn, 2 sync workers, {CONNECTIONS} client connections, {REQUESTS} requests per row\n")
    app_port, floor_port = free_port(), free_port()
    app = serve("app:create_app()", app_port)
    floor = serve("bench.floor_app:app", floor_port)
    try:
        for server in (app, floor):
            wait_until_idle(server)
        # Rounds interleave the floor with the pages, and medians are reported, so a burst of
        # background work on the machine moves both sides instead of one row.
        floor_runs: list[Run] = []
        page_runs: dict[str, list[Run]] = {name: [] for name in ENDPOINTS}
        for _ in range(ROUNDS):
            floor_runs.append(load(floor, floor_port, "GET", "/", None))
            for name, (method, path, body) in ENDPOINTS.items():
                page_runs[name].append(load(app, app_port, method, path, body))
        floor_rps, floor_lat, floor_cpu = median_run(floor_runs)
        print(f"{ROUNDS} rounds; each row is the round with the median requests/s.")
        print("Server CPU: gunicorn's master and workers, per request (what the page itself costs).\n")
        print("| page | req/s | p50 ms | p99 ms | server CPU ms/req | req/s vs floor | target |")
        print("|---|---|---|---|---|---|---|")
        rows = [("floor (fixed page)", floor_rps, floor_lat, floor_cpu)]
        rows += [(name, *median_run(runs)) for name, runs in page_runs.items()]
        for name, rps, lat, cpu in rows:
            share = rps / floor_rps
            goal = TARGETS.get(name)
            verdict = "" if goal is None else f"≥ {goal:.0%} {'met' if share >= goal else 'MISSED'}"
            cpu_text = "n/a" if cpu is None else f"{cpu:.2f}"
            print(
                f"| {name} | {rps:.0f} | {pct(lat, 50):.1f} | {pct(lat, 99):.1f} | {cpu_text} | {share:.0%} | {verdict} |"
            )
        print("\n| page type | HTML+CSS (gzip) | with JS (gzip) |")
        print("|---|---|---|")
        for name, path in (
            ("home", "/en/"),
            ("article", "/en/articles/levels-of-care"),
            ("search", "/en/search?q=cost"),
            ("self-check start", "/en/screener"),
            ("help", "/en/help"),
            ("paying for care", "/en/paying-for-care"),
        ):
            plain, total = page_weight(app_port, path)
            print(f"| {name} | {plain / 1024:.1f} KB | {total / 1024:.1f} KB |")
    finally:
        for process in (app, floor):
            process.terminate()
            process.wait(timeout=20)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
