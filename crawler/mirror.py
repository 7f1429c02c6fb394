"""Serve an offline mirror of websites over HTTP on 127.0.0.1, one origin per host.

A mirror folder holds one directory per host (`www.herne.de/`, `www.inherne.net/`),
laid out as `wget --mirror` writes it: a path maps to the file at that path, a path
ending in `/` (or naming a directory) to its `index.html` or `index.xml`, and a URL
with a query string to a file whose name holds the literal `?` and query.

    python -m crawler.mirror data/sample-site           # serve every host, print their base URLs

The demo and the tests crawl these servers; spiders map the live host onto the
mirror's base URL (`-a base_url=`), so stored URLs are the live ones.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import logging
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

HOST_DIR = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")

TYPES = {
    ".html": "text/html", ".htm": "text/html", ".php": "text/html", ".xml": "application/xml",
    ".txt": "text/plain", ".json": "application/json", ".css": "text/css", ".js": "application/javascript",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml",
    ".pdf": "application/pdf", ".ico": "image/x-icon", ".webp": "image/webp",
}  # fmt: skip


def resolve(root: Path, raw_path: str) -> Path | None:
    """The file in `root` that serves `raw_path` (path and query), or None."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    query = parts.query
    rel = path.lstrip("/")
    base = (root / rel) if rel else root
    candidates: list[Path] = []
    if query:
        for q in (query, unquote(query)):
            if base.is_dir() or path.endswith("/"):
                candidates += [base / f"index.html?{q}", base / f"index.xml?{q}"]
            else:
                candidates.append(base.with_name(f"{base.name}?{q}"))
    elif base.is_dir() or path.endswith("/"):
        candidates += [base / "index.html", base / "index.xml", base / "index.htm"]
    else:
        candidates.append(base)
    root_resolved = root.resolve()
    for c in candidates:
        try:
            real = c.resolve()
        except OSError:
            continue
        if real.is_file() and real.is_relative_to(root_resolved):
            return real
    return None


def content_type(path: Path) -> str:
    name = path.name.split("?", 1)[0]
    suffix = Path(name).suffix.lower()
    if suffix in TYPES and suffix not in (".php", ".xml"):
        return TYPES[suffix]
    with path.open("rb") as f:
        head = f.read(512).lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<urlset", b"<sitemapindex", b"<feed")):
        if b"<rss" in head:
            return "application/rss+xml"
        if b"<feed" in head:
            return "application/atom+xml"
        return "application/xml"
    return "text/html"


def make_handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class MirrorHandler(BaseHTTPRequestHandler):
        server_version = "citynews-mirror/1"

        def do_GET(self) -> None:
            self._serve(body=True)

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def _serve(self, body: bool) -> None:
            target = resolve(root, self.path)
            if target is None:
                data = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if body:
                    self.wfile.write(data)
                return
            data = target.read_bytes()
            # Validators like a real web server's, so repeated crawls can ask "changed since?".
            etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
            modified = email.utils.formatdate(target.stat().st_mtime, usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type(target))
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            if body:
                self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s %s", self.address_string(), format % args)

    return MirrorHandler


class MirrorServer:
    """One HTTP server per host directory, each on its own port of 127.0.0.1."""

    def __init__(self, mirror_dir: str | Path, host: str = "127.0.0.1") -> None:
        self.mirror_dir = Path(mirror_dir)
        self.host = host
        self.servers: dict[str, ThreadingHTTPServer] = {}
        self.threads: list[threading.Thread] = []

    def hosts(self) -> list[str]:
        return sorted(p.name for p in self.mirror_dir.iterdir() if p.is_dir() and HOST_DIR.match(p.name))

    def start(self) -> dict[str, str]:
        """Start serving; returns {live host: base URL of its mirror}."""
        for name in self.hosts():
            server = ThreadingHTTPServer((self.host, 0), make_handler(self.mirror_dir / name))
            server.daemon_threads = True
            t = threading.Thread(target=server.serve_forever, name=f"mirror-{name}", daemon=True)
            t.start()
            self.servers[name] = server
            self.threads.append(t)
        return self.base_urls()

    def base_urls(self) -> dict[str, str]:
        return {name: f"http://{self.host}:{s.server_address[1]}/" for name, s in self.servers.items()}

    def stop(self) -> None:
        for s in self.servers.values():
            s.shutdown()
            s.server_close()
        self.servers.clear()

    def __enter__(self) -> MirrorServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Serve an offline website mirror on 127.0.0.1.")
    ap.add_argument("mirror_dir", nargs="?", default="data/sample-site")
    args = ap.parse_args(argv)
    server = MirrorServer(args.mirror_dir)
    urls = server.start()
    if not urls:
        print(f"no host directories in {args.mirror_dir}", file=sys.stderr)
        return 2
    for host, url in urls.items():
        print(f"https://{host}/  ->  {url}")
    print("Ctrl-C stops.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
