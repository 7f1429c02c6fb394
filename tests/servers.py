"""A misbehaving city website on 127.0.0.1: every way a server can let a crawler down.

The home page lists dated "articles", each of which is one fault. Tests crawl it
with the generic spider and check that the crawl finishes, that every failure is
recorded in plain words, and that good pages (and earlier data) survive.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ARTICLE = """<!DOCTYPE html><html lang="de"><head><meta charset="{charset}"><title>{title} - Stadt Fehlingen</title>
<meta property="og:type" content="article"></head><body>
<nav><a href="/">Startseite</a> <a href="/aktuelles">Aktuelles</a></nav>
<main><article><h1>{title}</h1><p class="date">Meldung vom {day}. März 2023</p>
<div class="entry-content"><p>{text} Die Stadt Fehlingen investiert 1,5 Millionen Euro in das Projekt.
„Wir sind sehr zufrieden mit dem Ergebnis“, sagte Bürgermeisterin Erika Mustermann am Montag im Rathaus.</p>
<p>Weitere Informationen gibt es im Bürgerbüro. Die Arbeiten sollen bis zum Herbst abgeschlossen sein.</p>
</div></article></main></body></html>"""

# (path, title, what it does)
FAULTS = [
    ("/good/1", "Neue Kita an der Lindenstraße eröffnet", "good"),
    ("/good/2", "Radweg am Kanal wird verbreitert", "good"),
    ("/good/3", "Stadtbibliothek verlängert Öffnungszeiten", "good"),
    ("/broken", "Abgebrochene Seite über den Marktplatz", "truncated HTML"),
    ("/latin1", "Grünfläche am Bahnhof wird größer", "ISO-8859-1 bytes, header says UTF-8"),
    ("/nocharset", "Straßenfest in der Südstadt", "cp1252 bytes, no charset anywhere"),
    ("/empty", "Leere Antwort", "empty body"),
    ("/pdf", "Haushaltsplan als PDF", "a PDF where a page was expected"),
    ("/binary", "Binärdaten mit falschem Typ", "binary bytes sent as text/html"),
    ("/huge", "Riesenseite", "larger than DOWNLOAD_MAXSIZE"),
    ("/hang", "Server antwortet nicht", "never answers"),
    ("/drip", "Server tröpfelt", "one byte every half second"),
    ("/gone", "Gelöschte Meldung", "410 Gone"),
    ("/missing", "Fehlende Meldung", "404 Not Found"),
    ("/error", "Serverfehler", "500 every time"),
    ("/busy", "Überlasteter Server", "503 with Retry-After once, then the page"),
    ("/loop", "Umleitungsschleife", "redirects to itself through /loop2"),
    ("/offsite", "Umleitung nach außen", "redirects to another host"),
    ("/private/intern", "Interne Seite", "disallowed by robots.txt"),
    ("/kalender?monat=1", "Veranstaltungskalender", "a calendar with endless next months"),
    ("/sitzung?sid=abc123", "Sitzungsnummern", "links to itself with a new session id each time"),
]
GOOD = {"/good/1", "/good/2", "/good/3", "/broken", "/latin1", "/nocharset", "/busy"}


def home_page() -> bytes:
    items = "".join(
        f'<div class="news-item"><p class="date">{i + 1:02d}.03.2023</p><h2><a href="{path}">{title}</a></h2>'
        f"<p>Kurzbeschreibung der Meldung {i + 1} mit genug Text für einen Anreißer.</p></div>"
        for i, (path, title, _what) in enumerate(FAULTS)
    )
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Aktuelles - Stadt Fehlingen</title>'
        f"</head><body><main><h1>Aktuelles</h1>{items}</main></body></html>"
    ).encode()


class FaultyHandler(BaseHTTPRequestHandler):
    server_version = "fehlingen/0.1"
    busy_seen: set[str] = set()
    lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def article(
        self, path: str, charset: str = "utf-8", encoding: str = "utf-8", declared: str = "utf-8"
    ) -> None:
        title = next(t for p, t, _ in FAULTS if p == path)
        day = FAULTS.index(next(f for f in FAULTS if f[0] == path)) + 1
        html = ARTICLE.format(
            charset=charset, title=title, day=day, text=f"Über {title.lower()} berichtet die Stadt."
        )
        data = html.encode(
            encoding, errors="xmlcharrefreplace"
        )  # „ is not in Latin-1: an entity, as old CMSes write it
        self.send(200, data, ctype=f"text/html; charset={declared}" if declared else "text/html")

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", ctype="text/plain")
        elif path in ("/", "/aktuelles"):
            self.send(200, home_page())
        elif path.startswith("/good/"):
            self.article(path)
        elif path == "/broken":
            html = ARTICLE.format(
                charset="utf-8", title=FAULTS[3][1], day=4, text="Der Marktplatz wird neu gestaltet."
            )
            self.send(200, html.encode()[: int(len(html) * 0.8)])
        elif path == "/latin1":
            self.article(path, charset="iso-8859-1", encoding="iso-8859-1", declared="utf-8")
        elif path == "/nocharset":
            html = ARTICLE.format(
                charset="", title=FAULTS[5][1], day=6, text="Über das Straßenfest freuen sich alle."
            )
            self.send(200, html.replace('<meta charset="">', "").encode("cp1252"), ctype="text/html")
        elif path == "/empty":
            self.send(200, b"")
        elif path == "/pdf":
            self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" * 50, ctype="application/pdf")
        elif path == "/binary":
            self.send(200, bytes(range(256)) * 40)
        elif path == "/huge":
            self.send(200, b"<html><body>" + b"<p>Zeile mit Text.</p>" * 120_000 + b"</body></html>")
        elif path == "/hang":
            time.sleep(30)
            self.send(200, b"<html></html>")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(60):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.5)
        elif path == "/gone":
            self.send(410, b"<h1>Gone</h1>")
        elif path == "/missing":
            self.send(404, b"<h1>Nicht gefunden</h1>")
        elif path == "/error":
            self.send(500, b"<h1>Interner Fehler</h1>")
        elif path == "/busy":
            with self.lock:
                first = path not in self.busy_seen
                self.busy_seen.add(path)
            if first:
                self.send(503, b"<h1>Bitte warten</h1>", headers={"Retry-After": "1"})
            else:
                self.article(path)
        elif path in ("/loop", "/loop2"):
            self.send(302, headers={"Location": "/loop2" if path == "/loop" else "/loop"})
        elif path == "/offsite":
            self.send(302, headers={"Location": "http://other-city.invalid/meldung"})
        elif path.startswith("/private/"):
            self.article("/good/1")
        elif path == "/kalender":
            month = int(parse_qs(parts.query).get("monat", ["1"])[0])
            body = (
                f"<html><body><main><h1>Veranstaltungen im Monat {month}</h1>"
                f'<div class="event"><p class="date">01.{month % 12 + 1:02d}.2023</p><h2>Stadtfest Nummer {month}</h2></div>'
                f'<a href="/kalender?monat={month + 1}" rel="next">Nächster Monat</a></main></body></html>'
            )
            self.send(200, body.encode())
        elif path == "/sitzung":
            sid = f"{time.time_ns():x}"
            body = (
                f'<html><body><main><h1>Sitzung</h1><a href="/sitzung?sid={sid}">weiter</a>'
                f'<a href="/sitzung;jsessionid={sid}">weiter</a></main></body></html>'
            )
            self.send(200, body.encode())
        else:
            self.send(404, b"<h1>Nicht gefunden</h1>")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler hanging up on /hang or /drip is the expected outcome, not news


class FaultyServer:
    def __init__(self) -> None:
        FaultyHandler.busy_seen = set()
        self.server = QuietServer(("127.0.0.1", 0), FaultyHandler)
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> FaultyServer:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
