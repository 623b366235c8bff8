"""The production stack on loopback, for tests and benchmarks: gunicorn as configured by
gunicorn.conf.py, and Debian's nginx in front with deploy/nginx/ (a self-signed certificate).

Everything runs as the current user in a temporary folder; nothing is installed here.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX_DIR = ROOT / "deploy" / "nginx"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    import ssl

    context = ssl._create_unverified_context()
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2, context=context) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class Gunicorn:
    """gunicorn with the production config; its error log goes to `log_path`."""

    def __init__(self, index_dir: Path, log_path: Path, **settings: str) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "IOP_BIND": f"127.0.0.1:{self.port}",
            "IOP_INDEX_DIR": str(index_dir),
            **settings,
        }
        self.log_path = log_path
        self._log = log_path.open("wb")
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            "--config",
            "gunicorn.conf.py",
            "app:create_app()",
        ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        try:
            wait_for(f"http://127.0.0.1:{self.port}/healthz", self.process)
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"gunicorn did not start:\n{log_path.read_text()[-3000:]}") from None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def build_index(index_dir: Path, force: bool = False) -> None:
    """`flask build-index`, as make run and make serve call it."""
    env = {**os.environ, "IOP_INDEX_DIR": str(index_dir)}
    command = [str(Path(sys.executable).parent / "flask"), "--app", "app", "build-index"]
    subprocess.run(
        command + (["--force"] if force else []), cwd=ROOT, env=env, check=True, capture_output=True
    )


class Nginx:
    """deploy/nginx/ as shipped, with this machine's ports, folders and a throwaway certificate."""

    HOST = "iop.example.org"

    def __init__(
        self, upstream_port: int, folder: Path | None = None, per_address: int | None = None
    ) -> None:
        if NGINX is None:
            raise RuntimeError("nginx is not installed (make test installs Debian's nginx)")
        self.folder = folder or Path(tempfile.mkdtemp(prefix="iop-nginx-"))
        self.http_port, self.https_port = free_port(), free_port()
        for sub in ("cache", "logs", "tmp"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        cert, key = self.folder / "cert.pem", self.folder / "key.pem"
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                f"/CN={self.HOST}",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
        site = (NGINX_DIR / "iop-guide.conf").read_text()
        replacements = {
            "server 127.0.0.1:5000;": f"server 127.0.0.1:{upstream_port};",
            "/var/cache/nginx/iop-guide": str(self.folder / "cache"),
            "listen 80;": f"listen 127.0.0.1:{self.http_port};",
            "listen [::]:80;": "",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{self.https_port} ssl http2;",
            "listen [::]:443 ssl http2;": "",
            "/etc/ssl/iop-guide/fullchain.pem": str(cert),
            "/etc/ssl/iop-guide/privkey.pem": str(key),
            "/var/log/nginx/iop-guide.error.log": str(self.folder / "logs" / "error.log"),
            "/etc/nginx/iop-guide/proxy.conf": str(NGINX_DIR / "proxy.conf"),
            "https://iop.example.org$request_uri": f"https://{self.HOST}:{self.https_port}$request_uri",
        }
        if per_address is not None:  # a benchmark's clients all come from 127.0.0.1
            replacements["limit_conn iop_per_address 30;"] = f"limit_conn iop_per_address {per_address};"
        for old, new in replacements.items():
            if old not in site:
                raise RuntimeError(f"deploy/nginx/iop-guide.conf no longer contains {old!r}")
            site = site.replace(old, new)
        tmp = self.folder / "tmp"
        (self.folder / "nginx.conf").write_text(
            f"""daemon off;
{"user root root;" if os.geteuid() == 0 else ""}
worker_processes 1;
pid {self.folder / "nginx.pid"};
error_log {self.folder / "logs" / "main-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
{site}
}}
"""
        )
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_for(f"https://127.0.0.1:{self.https_port}/healthz", self.process, 20)
        except RuntimeError:
            self.stop()
            raise RuntimeError(
                f"nginx did not start: {self.process.stderr.read().decode()[-2000:]}"
            ) from None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
