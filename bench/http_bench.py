"""HTTP benchmark of the production stack on loopback: gunicorn as configured, and nginx in front.

For home, article, search, a self-check step and help: requests/s, p50 and p99 latency and
errors at 8, 64 and 256 connections (wrk, from Debian), through gunicorn and through nginx;
start-up time and memory per worker; compressed page weight; and, as information only, the
ratio to a minimal Flask app served the same way (the framework's floor).
Traffic goes only to 127.0.0.1, bounded in time.
"""

from __future__ import annotations

import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy.local_stack import NGINX, Gunicorn, Nginx, build_index, free_port, wait_for  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "6"))  # per row
CONNECTIONS = tuple(int(c) for c in os.environ.get("BENCH_CONNECTIONS", "8,64,256").split(","))
P99_GOAL_MS = 50.0  # at 8 connections, every page type (issue #14)
PAGES = {
    "home": ("GET", "/en/", None),
    "article": ("GET", "/en/articles/what-is-an-iop", None),
    "search": ("GET", "/en/search?q=insurance+cost", None),
    "self-check step": (
        "POST",
        "/en/screener/question",
        "for_whom=self&current=concern&concern=both&action=next",
    ),
    "help": ("GET", "/en/help", None),
}
SETTINGS = {
    "IOP_PROXY_COUNT": "1",
    "IOP_TRUSTED_HOSTS": "iop.example.org,127.0.0.1",
    "IOP_BASE_URL": "https://iop.example.org",
}
WRK_SCRIPT = """
wrk.method = "{method}"
wrk.headers["Accept-Encoding"] = "gzip"
{body}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.3f %d %d\\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def wrk(url: str, method: str, body: str | None, connections: int, folder: Path) -> dict:
    script = folder / "bench.lua"
    body_lua = ""
    if body:
        body_lua = f'wrk.body = "{body}"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"'
    script.write_text(WRK_SCRIPT.format(method=method, body=body_lua))
    threads = min(2, connections)
    # Warm up: caches filled, connections to the upstream open, workers past their first run.
    subprocess.run(
        ["wrk", "-t1", f"-c{min(8, connections)}", "-d1s", "-s", str(script), url], capture_output=True
    )
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{SECONDS}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) (\d+) (\d+)", done.stdout)
    if not found:
        raise RuntimeError(done.stdout + done.stderr)
    requests, p50, p99, socket_errors, bad_status = found.groups()
    return {
        "rps": int(requests) / SECONDS,
        "p50": float(p50),
        "p99": float(p99),
        "errors": int(socket_errors) + int(bad_status),
    }


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def startup_seconds() -> float:
    """create_app() on the real content in a fresh interpreter: what a deploy waits for."""
    code = "import time; t = time.perf_counter(); from app import create_app; create_app(); print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def page_weight(base: str, path: str) -> tuple[int, int]:
    """Compressed bytes on first load: (HTML + CSS, HTML + CSS + JS)."""

    def fetch(url: str) -> tuple[bytes, str]:
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            return response.read(), response.headers.get("Content-Encoding", "")

    raw, encoding = fetch(base + path)
    html = (gzip.decompress(raw) if encoding == "gzip" else raw).decode()
    css = sum(len(fetch(base + u)[0]) for u in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html))
    js = sum(len(fetch(base + u)[0]) for u in re.findall(r'<script src="([^"]+)"', html))
    return len(raw) + css, len(raw) + css + js


def floor_server(folder: Path) -> subprocess.Popen:
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "bench.floor_app:app",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/", process)
    process.port = port  # type: ignore[attr-defined]
    return process


def main() -> None:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `make bench` installs Debian's wrk when run as root")
    folder = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    build_index(folder / "index")
    workers, threads = os.environ.get("IOP_WORKERS", "2"), os.environ.get("IOP_THREADS", "8")
    print(
        f"# HTTP benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()})"
    )
    print(
        f"gunicorn.conf.py: {workers} workers x {threads} threads (gthread), app preloaded; wrk, {SECONDS} s a row.\n"
    )
    started = time.perf_counter()
    app = Gunicorn(folder / "index", folder / "gunicorn.log", **SETTINGS)
    ready = time.perf_counter() - started
    # The load comes from one address, so the per-address connection limit is raised here.
    proxy = Nginx(app.port, folder / "nginx", per_address=1000) if NGINX else None
    floor = floor_server(folder)
    try:
        for _ in app.worker_pids():  # workers open the index as they start
            wait_for(f"{app.url}/en/search?q=warm", app.process)
        print(
            f"Start-up: create_app() {startup_seconds():.2f} s; gunicorn answering /healthz after {ready:.2f} s."
        )
        memory = ", ".join(f"{rss_mb(pid):.0f}" for pid in app.worker_pids())
        print(
            f"Memory (RSS, MB): master {rss_mb(app.process.pid):.0f}; workers {memory} (shared pages counted in each).\n"
        )

        fronts = [("gunicorn", app.url)] + ([("nginx", proxy.url)] if proxy else [])
        print("| page | via | conns | req/s | p50 ms | p99 ms | errors | goal |")
        print("|---|---|---|---|---|---|---|---|")
        for name, (method, path, body) in PAGES.items():
            for via, base in fronts:
                for conns in CONNECTIONS:
                    row = wrk(base + path, method, body, conns, folder)
                    goal = ""
                    if conns == 8:
                        goal = f"p99 < {P99_GOAL_MS:.0f} ms {'met' if row['p99'] < P99_GOAL_MS else 'MISSED'}"
                    elif row["errors"]:
                        goal = "errors: MISSED"
                    print(
                        f"| {name} | {via} | {conns} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} "
                        f"| {row['errors']} | {goal} |"
                    )
        floor_row = wrk(f"http://127.0.0.1:{floor.port}/", "GET", None, 8, folder)  # type: ignore[attr-defined]
        print(
            f"\nFloor (a fixed page from a minimal Flask app, same gunicorn settings, 8 conns): {floor_row['rps']:.0f} req/s."
        )
        print("Information only: each page's req/s through gunicorn at 8 connections, as a share of it.\n")

        if proxy is None:
            print("nginx is not installed: the rows through nginx are missing (make test installs it).\n")
        print("| page type | HTML+CSS (gzip) | with JS (gzip) |")
        print("|---|---|---|")
        for name, path in (("home", "/en/"), ("article", "/en/articles/levels-of-care"), ("search", "/en/search?q=cost"),
                           ("self-check start", "/en/screener"), ("help", "/en/help"), ("paying for care", "/en/paying-for-care")):  # fmt: skip
            plain, total = page_weight(app.url, path)
            print(f"| {name} | {plain / 1024:.1f} KB | {total / 1024:.1f} KB |")
    finally:
        floor.terminate()
        floor.wait(20)
        if proxy:
            proxy.stop()
        app.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
