"""A generated city news site of any size, served on 127.0.0.1, for soak tests and benchmarks.

    python -m crawler.gensite --articles 5000 --faults 0.05 --max-delay-ms 20

The site has a paginated listing (`/aktuelles?seite=N`, 20 entries a page, newest
first) and one page per article (`/aktuelles/meldung-<n>.html`) written from German
press-release templates with quotes, figures and photo credits. A fraction of the
articles (`faults`) answer 500 every time, chosen by a hash of their number, so a
test knows exactly which must end up in the errors table; every response can be
delayed at random.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PER_PAGE = 20
DISTRICTS = ["Wanne", "Eickel", "Sodingen", "Holsterhausen", "Baukau", "Crange", "Horsthausen", "Börnig"]
TOPICS = [
    ("Kita", "Plätze", "Kinder"),
    ("Radweg", "Kilometer", "Radfahrende"),
    ("Schule", "Klassenräume", "Schülerinnen und Schüler"),
    ("Spielplatz", "Spielgeräte", "Familien"),
    ("Bibliothek", "Medien", "Besucherinnen und Besucher"),
    ("Sporthalle", "Quadratmeter", "Vereine"),
    ("Park", "Bäume", "Anwohnerinnen und Anwohner"),
]
PEOPLE = [
    ("Anna", "Becker", "Oberbürgermeisterin"),
    ("Jens", "Kowalski", "Stadtbaurat"),
    ("Miriam", "Özdemir", "Schuldezernentin"),
    ("Klaus", "Wagner", "Leiter des Grünflächenamts"),
]
PHOTOGRAPHERS = ["Frank Dieper", "Lisa Wendt", "Thomas Schmidt", "Katrin Lübbering"]


@dataclass(frozen=True, slots=True)
class SiteSpec:
    articles: int = 5000
    faults: float = 0.05
    max_delay_ms: int = 0
    seed: int = 1

    def is_faulty(self, n: int) -> bool:
        h = int(hashlib.sha1(f"{self.seed}:{n}".encode()).hexdigest()[:8], 16)
        return h / 0xFFFFFFFF < self.faults

    def date(self, n: int) -> tuple[int, int, int]:
        """Article n (1 = oldest) was published this day; newer numbers are newer days."""
        day = n % 28 + 1
        month = (n // 28) % 12 + 1
        year = 2010 + n // 336
        return year, month, day

    def pages(self) -> int:
        return (self.articles + PER_PAGE - 1) // PER_PAGE


def article_html(spec: SiteSpec, n: int) -> str:
    rnd = random.Random(spec.seed * 1_000_003 + n)
    year, month, day = spec.date(n)
    topic, unit, people = rnd.choice(TOPICS)
    district = rnd.choice(DISTRICTS)
    first, last, role = rnd.choice(PEOPLE)
    amount = rnd.randint(2, 95) / 10
    count = rnd.randint(12, 4800)
    photographer = rnd.choice(PHOTOGRAPHERS)
    title = f"Neue {topic} in {district}: Meldung {n}"
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} - Stadt Generstadt</title>
<meta name="description" content="Die Stadt baut in {district}."></head><body>
<header class="site-header"><a href="/">Stadt Generstadt</a><nav><a href="/aktuelles?seite=1">Aktuelles</a></nav></header>
<main><article class="news-detail"><p class="meldung_datum">Meldung vom {day:02d}.{month:02d}.{year}</p>
<h1>{title}</h1>
<figure><img src="/bilder/{n}.jpg" alt=""><figcaption>{role} {first} {last} vor Ort. Foto: {photographer}/Stadt Generstadt</figcaption></figure>
<div class="news-text"><p>Die Stadt Generstadt investiert {str(amount).replace(".", ",")} Millionen Euro in die {topic} in {district}.
Rund {f"{count:,}".replace(",", ".")} {people} sollen davon profitieren, dazu kommen {rnd.randint(2, 40)} neue {unit}.</p>
<p>„Das ist ein guter Tag für {district}“, sagte {role} {first} {last} am Montag. „Wir haben lange darauf hingearbeitet.“
Die Arbeiten beginnen am {rnd.randint(1, 28)}. {rnd.choice(["Mai", "Juni", "September"])} und dauern etwa {rnd.randint(2, 18)} Monate.</p>
<p>Weitere Informationen gibt es im Bürgerbüro unter Telefon 02323 16-{rnd.randint(1000, 9999)}.</p></div>
</article></main><aside class="sidebar"><h2>Weitere Meldungen</h2><ul><li><a href="/aktuelles/meldung-{max(1, n - 1)}.html">Ältere Meldung</a></li></ul></aside>
<footer>Stadt Generstadt, Rathausplatz 1, 44600 Generstadt</footer></body></html>"""


def listing_html(spec: SiteSpec, page: int) -> str:
    newest = spec.articles - (page - 1) * PER_PAGE
    numbers = range(newest, max(0, newest - PER_PAGE), -1)
    entries = "".join(
        f'<div class="news-item"><p class="date">{spec.date(n)[2]:02d}.{spec.date(n)[1]:02d}.{spec.date(n)[0]}</p>'
        f'<h2><a href="/aktuelles/meldung-{n}.html">Meldung {n} aus der Stadtverwaltung</a></h2>'
        f"<p>Kurzfassung der Meldung {n} mit einigen Sätzen Text für den Anreißer.</p></div>"
        for n in numbers
    )
    nav = f'<a rel="next" href="/aktuelles?seite={page + 1}">nächste Seite</a>' if page < spec.pages() else ""
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Aktuelles - Seite {page}</title></head>'
        f'<body><main><h1>Aktuelles</h1>{entries}<div class="pagination">{nav}</div></main></body></html>'
    )


def make_handler(spec: SiteSpec) -> type[BaseHTTPRequestHandler]:
    class GeneratedHandler(BaseHTTPRequestHandler):
        server_version = "generstadt/1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def send(self, status: int, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if spec.max_delay_ms:
                time.sleep(random.random() * spec.max_delay_ms / 1000)
            parts = urlsplit(self.path)
            if parts.path == "/robots.txt":
                self.send(200, "User-agent: *\nDisallow: /intern/\n")
            elif parts.path in ("/", "/aktuelles"):
                page = int(parse_qs(parts.query).get("seite", ["1"])[0])
                if 1 <= page <= spec.pages():
                    self.send(200, listing_html(spec, page))
                else:
                    self.send(404, "<h1>Nicht gefunden</h1>")
            elif parts.path.startswith("/aktuelles/meldung-") and parts.path.endswith(".html"):
                n = int(parts.path.rsplit("-", 1)[1].removesuffix(".html") or 0)
                if not 1 <= n <= spec.articles:
                    self.send(404, "<h1>Nicht gefunden</h1>")
                elif spec.is_faulty(n):
                    self.send(500, "<h1>Interner Serverfehler</h1>")
                else:
                    self.send(200, article_html(spec, n))
            else:
                self.send(404, "<h1>Nicht gefunden</h1>")

    return GeneratedHandler


class GeneratedSite:
    def __init__(self, spec: SiteSpec, port: int = 0) -> None:
        self.spec = spec
        self.server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(spec))
        self.server.daemon_threads = True
        self.server.request_queue_size = 128

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def article_url(self, n: int) -> str:
        return f"{self.url}aktuelles/meldung-{n}.html"

    def __enter__(self) -> GeneratedSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m crawler.gensite",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--faults", type=float, default=0.0)
    ap.add_argument("--max-delay-ms", type=int, default=0)
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(argv)
    site = GeneratedSite(SiteSpec(args.articles, args.faults, args.max_delay_ms), args.port)
    with site:
        print(
            f"{args.articles} articles at {site.url}aktuelles  (scrapy crawl site -a url={site.url}aktuelles)"
        )
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
