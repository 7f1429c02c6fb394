"""The archive: every response a crawl receives, kept in the news database.

Why the database and not WARC files: researchers get one file that holds the
pages and what was extracted from them, queryable with SQL and browsable in
Datasette, and `make reextract` or a replayed crawl needs nothing else. Bodies are
stored once per content hash, zlib-compressed, in `page_bodies`; `pages` has one
row per fetch (URL, status, headers, time, crawl). `python -m crawler.archive
export-warc` writes a WARC file for tools that want one.

    python -m crawler.archive stats    [--db data/news.db]
    python -m crawler.archive serve    [--db data/news.db]   # replay the archive over HTTP, one port per host
    python -m crawler.archive export-warc out.warc.gz [--db data/news.db]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import logging
import sys
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from . import storage
from .items import now_iso

log = logging.getLogger(__name__)

# Headers worth keeping: validators for conditional requests, and what the server said the page was.
KEPT_HEADERS = (
    "content-type",
    "etag",
    "last-modified",
    "content-length",
    "content-language",
    "location",
    "retry-after",
    "date",
    "server",
    "cache-control",
    "expires",
)


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def record_page(
    db: sqlite_utils.Database,
    *,
    url: str,
    fetched_url: str,
    status: int,
    headers: dict[str, str],
    body: bytes,
    source: str | None,
    crawl_id: str | None,
    fetched_at: str | None = None,
    keep_body: bool = True,
) -> str | None:
    """Store one fetch (not committed: the caller batches). Returns the body's hash."""
    digest = None
    if body and keep_body:
        digest = body_hash(body)
        db.conn.execute(
            "INSERT OR IGNORE INTO page_bodies (content_hash, compression, body) VALUES (?, 'zlib', ?)",
            (digest, zlib.compress(body, 6)),
        )
    db.conn.execute(
        "INSERT INTO pages (url, fetched_url, status, content_type, headers, content_hash, size, fetched_at, crawl_id,"
        " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            url,
            fetched_url,
            status,
            headers.get("content-type"),
            json.dumps(headers, ensure_ascii=False),
            digest,
            len(body),
            fetched_at or now_iso(),
            crawl_id,
            source,
        ),
    )
    return digest


def load_body(db: sqlite_utils.Database, digest: str) -> bytes | None:
    row = db.conn.execute(
        "SELECT compression, body FROM page_bodies WHERE content_hash = ?", (digest,)
    ).fetchone()
    if row is None:
        return None
    compression, data = row
    return zlib.decompress(data) if compression == "zlib" else bytes(data)


def latest_page(db: sqlite_utils.Database, url: str, *, ok_only: bool = True) -> dict[str, Any] | None:
    sql = "SELECT * FROM pages WHERE url = ?" + (
        " AND status = 200 AND content_hash IS NOT NULL" if ok_only else ""
    )
    rows = list(db.query(sql + " ORDER BY fetched_at DESC, id DESC LIMIT 1", [url]))
    return rows[0] if rows else None


def validators(db: sqlite_utils.Database, source: str) -> dict[str, dict[str, str]]:
    """For each URL of `source` last fetched with 200: its ETag, Last-Modified and body hash."""
    out: dict[str, dict[str, str]] = {}
    for row in db.query(
        "SELECT url, headers, content_hash, fetched_at FROM pages WHERE source = ? AND status = 200 "
        "ORDER BY fetched_at, id",
        [source],
    ):
        headers = json.loads(row["headers"] or "{}")
        out[row["url"]] = {
            "etag": headers.get("etag", ""),
            "last-modified": headers.get("last-modified", ""),
            "content_hash": row["content_hash"] or "",
            "fetched_at": row["fetched_at"] or "",
        }
    return out


# ---------- the crawl side ----------


def response_headers(response: Response) -> dict[str, str]:
    out = {}
    for name in KEPT_HEADERS:
        v = response.headers.get(name)
        if v is not None:
            out[name] = v.decode("latin-1")
    return out


class ArchiveMiddleware:
    """Downloader middleware: every response goes into the archive before anyone looks at it.

    Bodies of responses over ARCHIVE_MAX_BODY bytes, or of types other than HTML,
    XML and text, are not kept (their row is). Each fetch is committed as it arrives.
    """

    KEEP_TYPES = (
        "text/",
        "application/xhtml",
        "application/xml",
        "application/rss",
        "application/atom",
        "application/json",
        "application/ld+json",
    )

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("ARCHIVE_ENABLED", True)
        self.max_body = crawler.settings.getint("ARCHIVE_MAX_BODY", 5 * 1024 * 1024)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not self.enabled:
            return response
        spider = self.crawler.spider
        from .runs import crawl_db  # noqa: PLC0415  (runs imports this module's helpers)

        db = crawl_db(self.crawler)
        headers = response_headers(response)
        ctype = headers.get("content-type", "").lower()
        keep = (not ctype or ctype.startswith(self.KEEP_TYPES)) and len(response.body) <= self.max_body
        live = spider.live_url(response.url) if hasattr(spider, "live_url") else response.url
        digest = record_page(
            db,
            url=live,
            fetched_url=response.url,
            status=response.status,
            headers=headers,
            body=response.body,
            source=getattr(spider, "source", None),
            crawl_id=getattr(spider, "crawl_id", None),
            keep_body=keep,
        )
        # Committed at once: a transaction left open across callbacks would lock out other
        # writers (another crawl, another spider). In WAL mode a commit costs little.
        db.conn.commit()
        if digest:
            request.meta["archive_hash"] = (
                digest  # response.meta is this dict once the response reaches the spider
            )
        self.crawler.stats.inc_value("archive/pages")
        return response


# ---------- replay: the archive as a website ----------


def _archive_handler(db_path: str, host: str) -> type[BaseHTTPRequestHandler]:
    local = threading.local()

    def database() -> sqlite_utils.Database:
        if not hasattr(local, "db"):
            local.db = sqlite_utils.Database(db_path)
        return local.db

    class ArchiveHandler(BaseHTTPRequestHandler):
        server_version = "citynews-archive/1"

        def do_GET(self) -> None:
            db = database()
            page = None
            for scheme in ("https", "http"):
                page = latest_page(db, f"{scheme}://{host}{self.path}", ok_only=False)
                if page is not None:
                    break
            body = load_body(db, page["content_hash"]) if page and page["content_hash"] else None
            if page is None or (body is None and page["status"] == 200):
                self.send_response(404)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                self.wfile.write(b"not in the archive")
                return
            self.send_response(page["status"])
            headers = json.loads(page["headers"] or "{}")
            for name in ("content-type", "etag", "last-modified", "location"):
                if headers.get(name):
                    self.send_header(name.title(), headers[name])
            data = body or b""
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s %s", self.address_string(), format % args)

    return ArchiveHandler


class ArchiveServer:
    """Serve the archived pages of each host on its own port of 127.0.0.1: a crawl replays against it."""

    def __init__(self, db_path: str | Path, host: str = "127.0.0.1") -> None:
        self.db_path = str(db_path)
        self.host = host
        self.servers: dict[str, ThreadingHTTPServer] = {}

    def hosts(self) -> list[str]:
        db = sqlite_utils.Database(self.db_path)
        return sorted(
            {urlsplit(r[0]).netloc for r in db.execute("SELECT DISTINCT url FROM pages").fetchall()} - {""}
        )

    def start(self) -> dict[str, str]:
        for name in self.hosts():
            server = ThreadingHTTPServer((self.host, 0), _archive_handler(self.db_path, name))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, name=f"archive-{name}", daemon=True).start()
            self.servers[name] = server
        return {name: f"http://{self.host}:{s.server_address[1]}/" for name, s in self.servers.items()}

    def stop(self) -> None:
        for s in self.servers.values():
            s.shutdown()
            s.server_close()
        self.servers.clear()

    def __enter__(self) -> ArchiveServer:
        self.start()
        return self

    def base_urls(self) -> dict[str, str]:
        return {name: f"http://{self.host}:{s.server_address[1]}/" for name, s in self.servers.items()}

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ---------- WARC export ----------


def iter_pages(db: sqlite_utils.Database) -> Iterator[tuple[dict[str, Any], bytes]]:
    for page in db.query("SELECT * FROM pages WHERE content_hash IS NOT NULL ORDER BY id"):
        body = load_body(db, page["content_hash"])
        if body is not None:
            yield page, body


def export_warc(db: sqlite_utils.Database, out: Path) -> int:
    """Write the archive as WARC/1.1 response records (gzip per record), readable by warcio and friends."""
    n = 0
    with out.open("wb") as f:
        for page, body in iter_pages(db):
            headers = json.loads(page["headers"] or "{}")
            http = [f"HTTP/1.1 {page['status']} OK"] + [
                f"{k.title()}: {v}" for k, v in headers.items() if k not in ("content-length",)
            ]
            http.append(f"Content-Length: {len(body)}")
            payload = ("\r\n".join(http) + "\r\n\r\n").encode("latin-1", "replace") + body
            warc_headers = [
                "WARC/1.1",
                "WARC-Type: response",
                f"WARC-Target-URI: {page['url']}",
                f"WARC-Date: {page['fetched_at'].replace('+00:00', 'Z')}",
                f"WARC-Record-ID: <urn:sha1:{hashlib.sha1((page['url'] + page['fetched_at']).encode()).hexdigest()}>",
                "Content-Type: application/http; msgtype=response",
                f"Content-Length: {len(payload)}",
            ]
            record = ("\r\n".join(warc_headers) + "\r\n\r\n").encode("utf-8") + payload + b"\r\n\r\n"
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
                gz.write(record)
            f.write(buf.getvalue())
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m crawler.archive",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--db", default="data/news.db")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("stats")
    sub.add_parser("serve")
    w = sub.add_parser("export-warc")
    w.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    db = storage.open_db(args.db)
    if args.cmd == "stats":
        n, size = db.execute("SELECT count(*), coalesce(sum(size), 0) FROM pages").fetchone()
        bodies, stored = db.execute(
            "SELECT count(*), coalesce(sum(length(body)), 0) FROM page_bodies"
        ).fetchone()
        print(
            f"{n} fetches, {bodies} distinct bodies, {size / 1e6:.1f} MB fetched, {stored / 1e6:.1f} MB stored"
        )
        for status, count in db.execute("SELECT status, count(*) FROM pages GROUP BY status ORDER BY 2 DESC"):
            print(f"  HTTP {status}: {count}")
        return 0
    if args.cmd == "export-warc":
        print(f"wrote {export_warc(db, args.out)} records to {args.out}")
        return 0
    server = ArchiveServer(args.db)
    for host, url in server.start().items():
        print(f"https://{host}/  ->  {url}   (scrapy crawl site -a url=https://{host}/ -a base_url={url})")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
