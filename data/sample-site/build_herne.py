#!/usr/bin/env python3
"""Build the herne.de half of the offline sample site from its article sources.

    .venv/bin/python data/sample-site/build_herne.py            # write site and gold
    .venv/bin/python data/sample-site/build_herne.py --report   # also list every number per article

Reads one TOML file per press release from ``src/herne/`` and writes

* ``www.herne.de/`` -- the document root of https://www.herne.de/ (wget ``--mirror`` names:
  ``Meldungen/Alle-News.html?seite=2`` is a file of that name), rebuilt from scratch each run;
* ``tests/gold/herne-<id>.gold.json`` and ``tests/gold/herne-<id>.html`` (a relative symlink
  to the page in the mirror) for every release that has a detail page;
* ``tests/gold/herne-site.json`` -- what a crawl of the mirror should find: listing pages,
  articles (short notices included, with their annotation), the broken link, other pages.

Before writing, every release is checked: each gold quote must occur in the page's body text,
and each span in quotation marks in the body must be a quote, an optional quote or listed in
``not_quotes``. A failed check stops the build.

Standard library only.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.entities import codepoint2name
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src" / "herne"
ROOT = HERE / "www.herne.de"
GOLD = HERE.parent.parent / "tests" / "gold"
BASE = "https://www.herne.de"
PER_PAGE = 9
SIDEBAR_TEASERS = 4

MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]

QUOTE_SPAN = re.compile(r"„([^“]*)“|»([^«]*)«|\"([^\"]*)\"")
NUMBER_TOKEN = re.compile(
    r"\d[\d.,]*|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|"
    r"tausend|zweieinhalb|anderthalb|halbe?n?|Drittel|Hälfte|Dutzende?)\w*",
    re.IGNORECASE,
)

CONTACTS = {
    "presse": (
        "Pressestelle",
        "Ansgar Willms",
        "Pressesprecher der Stadt Herne",
        "Friedrich-Ebert-Platz 2<br>44623 Herne",
        "0 23 23 / 16 - 24 91",
        "0 23 23 / 16 - 21 78",
        "presse@herne.de",
    ),
    "feuerwehr": (
        "Pressekontakt Feuerwehr",
        "Jan-Hendrik Moll",
        "Pressesprecher der Feuerwehr Herne",
        "Sodinger Straße 11<br>44623 Herne",
        "0 23 23 / 16 - 30 12",
        "0 23 23 / 16 - 30 99",
        "feuerwehr-presse@herne.de",
    ),
    "wfg": (
        "Pressekontakt WFG",
        "Svenja Pohlmann",
        "Wirtschaftsförderungsgesellschaft Herne mbH",
        "Westring 303<br>44629 Herne",
        "0 23 23 / 92 51 - 14",
        "0 23 23 / 92 51 - 99",
        "info@wfg-herne.de",
    ),
}


# ---------- sources ----------


@dataclass(slots=True)
class Image:
    src: list[str]
    alt: str
    caption: str
    credit: str
    style: str  # caption | span | title | none
    place: str  # top | inline | gallery


@dataclass(slots=True)
class Release:
    path: Path
    id: int
    day: date
    title: str
    lead: str
    lead_style: str  # strong | intro | plain | hidden
    detail: bool | str  # True, False (short notice, listing only) or "missing" (listing links to a 404)
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    kicker: str | None = None
    author_meta: str | None = None
    signature: str | None = None
    encoding: str = "utf-8"
    stand: str | None = None
    modified: date | None = None
    keywords: str = ""
    teaser: str = ""
    contact: str = "presse"
    subheading: str = "h2"
    gold: dict = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"{BASE}/Meldungen/News-Detailansicht_{self.id}.html"

    @property
    def path_rel(self) -> str:
        return f"/Meldungen/News-Detailansicht_{self.id}.html"

    @property
    def has_page(self) -> bool:
        return self.detail is True


def load_release(path: Path) -> Release:
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    images = []
    for im in d.get("images", []):
        src = im["src"] if isinstance(im["src"], list) else [im["src"]]
        images.append(
            Image(
                src,
                im.get("alt", ""),
                im.get("caption", ""),
                im.get("credit", ""),
                im.get("style", "caption"),
                im.get("place", "top"),
            )
        )
    detail = d.get("detail", True)
    if detail not in (True, False, "missing"):
        raise SystemExit(f'{path.name}: detail must be true, false or "missing"')
    return Release(
        path=path,
        id=d["id"],
        day=d["date"],
        title=d["title"],
        lead=clean(d["lead"]),
        lead_style=d.get("lead_style", "strong"),
        detail=detail,
        paragraphs=[p.strip() for p in d.get("paragraphs", [])],
        images=images,
        kicker=d.get("kicker"),
        author_meta=d.get("author_meta"),
        signature=d.get("signature"),
        encoding=d.get("encoding", "utf-8"),
        stand=d.get("stand"),
        modified=d.get("modified"),
        keywords=d.get("keywords", ""),
        teaser=d.get("teaser", ""),
        contact=d.get("contact", "presse"),
        subheading=d.get("subheading", "h2"),
        gold=d.get("gold", {}),
    )


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ---------- small helpers ----------


def long_date(d: date) -> str:
    return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"


def short_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def plain(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    text = re.sub(r"<[^>]+>", " ", fragment)
    text = html.unescape(text).replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:!?“])", r"\1", text).replace("„ ", "„")


def attr(s: str) -> str:
    return html.escape(plain(s), quote=True)


def quote_url(u: str) -> str:
    return u.replace(":", "%3A").replace("/", "%2F")


# ---------- body blocks ----------


def render_image(im: Image, rel: Release, n: int) -> str:
    year = rel.day.year
    title_attr = f' title="{attr(im.credit)}"' if im.style == "title" else ""
    if im.place == "gallery" or len(im.src) > 1:
        items = "\n".join(
            f'        <li><a href="/Bilder/Meldungen/{year}/{Path(s).stem}_gross.jpg" data-lightbox="galerie-{rel.id}">'
            f'<img src="/Bilder/Meldungen/{year}/{s}" alt="{attr(im.alt)}" width="220" height="147" loading="lazy"></a></li>'
            for s in im.src
        )
        credit = f'\n      <p class="gallery__credit">{im.caption} {im.credit}</p>' if im.credit else ""
        return (
            f'    <div class="gallery" id="galerie-{rel.id}">\n      <ul class="gallery__list">\n{items}\n      </ul>'
            f"{credit}\n    </div>"
        )
    src = im.src[0]
    cls = "news-image news-image--right" if im.place == "top" and n == 1 else "news-image news-image--wide"
    img = (
        f'<a href="/Bilder/Meldungen/{year}/{Path(src).stem}_gross.jpg" data-lightbox="bild-{rel.id}-{n}">'
        f'<img src="/Bilder/Meldungen/{year}/{src}" alt="{attr(im.alt)}"{title_attr} width="{300 if n == 1 else 460}" '
        f'height="{200 if n == 1 else 260}"></a>'
    )
    if im.style == "caption" and im.credit:
        caption = f"{im.caption}<br>{im.credit}" if im.caption else im.credit
    elif im.style == "span" and im.credit:
        caption = f'{im.caption} <span class="news-image__credit">{im.credit}</span>'
    else:
        caption = im.caption
    cap = f"\n      <figcaption>{caption}</figcaption>" if caption else ""
    return f'    <figure class="{cls}">\n      {img}{cap}\n    </figure>'


def render_block(block: str, rel: Release) -> tuple[str, str]:
    """One paragraph source as (html, body text for the checks)."""
    if block.startswith("## "):
        text = block[3:].strip()
        return f"      <{rel.subheading}>{text}</{rel.subheading}>", plain(text)
    if block.startswith("* "):
        items = [clean(x) for x in re.split(r"(?m)^\* ", block) if x.strip()]
        lis = "\n".join(f"        <li>{x}</li>" for x in items)
        return f"      <ul>\n{lis}\n      </ul>", " ".join(plain(x) for x in items)
    if block.startswith("|") or block.startswith("caption:"):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        caption = ""
        if lines[0].startswith("caption:"):
            caption = lines.pop(0)[len("caption:") :].strip()
        rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines]
        head = "".join(f'<th scope="col">{c}</th>' for c in rows[0])
        body = "\n".join("          <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        cap = f"\n        <caption>{caption}</caption>" if caption else ""
        text = " ".join([plain(caption)] + [plain(" ".join(r)) for r in rows]).strip()
        return (
            f'      <table class="table table--striped">{cap}\n        <thead><tr>{head}</tr></thead>\n'
            f"        <tbody>\n{body}\n        </tbody>\n      </table>",
            text,
        )
    m = re.fullmatch(r"\[bild (\d+)\]", block)
    if m:
        n = int(m.group(1))
        return "\n".join("  " + ln for ln in render_image(rel.images[n - 1], rel, n).splitlines()), ""
    if block.startswith("<"):
        return f"      {clean(block)}", plain(block)
    return f"      <p>{clean(block)}</p>", plain(block)


def render_body(rel: Release) -> tuple[str, str]:
    parts, texts = [], []
    if rel.lead_style == "strong":
        parts.append(f"      <p><strong>{rel.lead}</strong></p>")
        texts.append(plain(rel.lead))
    elif rel.lead_style == "intro":
        parts.append(f'      <p class="news-intro">{rel.lead}</p>')
        texts.append(plain(rel.lead))
    elif rel.lead_style == "plain":
        parts.append(f"      <p>{rel.lead}</p>")
        texts.append(plain(rel.lead))
    for block in rel.paragraphs:
        h, t = render_block(block, rel)
        if block.startswith('<p class="news-update') or block.startswith('<div class="news-update'):
            parts.insert(0, h)
            texts.insert(0, t)
        else:
            parts.append(h)
            texts.append(t)
    if rel.signature:
        parts.append(f'      <p class="news-author">{rel.signature}</p>')
        texts.append(rel.signature)
    return "\n".join(parts), " ".join(t for t in texts if t)


# ---------- page frame ----------

CONSENT = """<div id="consent" class="consent" role="dialog" aria-modal="true" aria-labelledby="consent-title" data-version="3">
  <div class="consent__inner">
    <p id="consent-title" class="consent__title">Ihre Privatsphäre ist uns wichtig</p>
    <p>Diese Website verwendet Cookies. Technisch notwendige Cookies sorgen dafür, dass die Seite funktioniert. Mit Ihrer Zustimmung nutzen wir außerdem eTracker zur anonymen Reichweitenmessung und binden Inhalte von Youtube und den Vorlesedienst ReadSpeaker ein. Ihre Auswahl können Sie jederzeit unter „Cookie-Einstellungen“ am Seitenende ändern.</p>
    <div class="consent__options">
      <label><input type="checkbox" checked disabled> Notwendig</label>
      <label><input type="checkbox" name="consent_statistik"> Statistik</label>
      <label><input type="checkbox" name="consent_medien"> Externe Medien</label>
    </div>
    <button type="button" class="btn btn--secondary" data-consent="selection">Auswahl bestätigen</button>
    <button type="button" class="btn btn--primary" data-consent="all">Alle akzeptieren</button>
    <p class="consent__links"><a href="/Datenschutz.html">Datenschutzerklärung</a> · <a href="/Impressum.html">Impressum</a></p>
  </div>
</div>"""

NAV = [
    ("/Rathaus-Politik/", "Rathaus &amp; Politik"),
    ("/Buergerservice/", "Bürgerservice"),
    ("/Leben-in-Herne/", "Leben in Herne"),
    ("/Wirtschaft/", "Wirtschaft"),
    ("/Meldungen/Alle-News.html", "Meldungen"),
]


def header(active: str) -> str:
    active_cls = ' class="is-active"'
    items = "\n".join(
        f'      <li{active_cls if href == active else ""}><a href="{href}">{label}</a></li>'
        for href, label in NAV
    )
    return f"""<header class="site-header">
  <a class="skiplink" href="#inhalt">Direkt zum Inhalt</a>
  <div class="site-header__brand"><a href="/" title="Zur Startseite"><img src="/static/img/stadt-herne-logo.svg" alt="Stadt Herne" width="180" height="58"></a></div>
  <nav class="service-nav" aria-label="Servicenavigation">
    <ul>
      <li><a href="/Kontakt.html">Kontakt</a></li>
      <li><a href="/Barrierefreiheit.html">Barrierefreiheit</a></li>
      <li><a href="https://www.herne.de/Leichte-Sprache/" hreflang="de">Leichte Sprache</a></li>
      <li><a href="https://www.inherne.net/" rel="noopener">Stadtmagazin inherne</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/Suche.html" method="get" role="search">
    <label for="q" class="visually-hidden">Suchbegriff</label>
    <input type="search" id="q" name="q" placeholder="Wonach suchen Sie?">
    <button type="submit">Suchen</button>
  </form>
  <nav class="main-nav" aria-label="Hauptnavigation">
    <ul>
{items}
    </ul>
  </nav>
</header>"""


FOOTER = """<footer class="site-footer">
  <div class="site-footer__col">
    <p><strong>Stadt Herne</strong><br>Rathaus Herne<br>Friedrich-Ebert-Platz 2<br>44623 Herne</p>
    <p>Postanschrift: Postfach 10 18 20, 44621 Herne</p>
  </div>
  <div class="site-footer__col">
    <p>Telefon: 0 23 23 / 16 - 0<br>Telefax: 0 23 23 / 16 - 21 00<br>E-Mail: <a href="mailto:info@herne.de">info@herne.de</a></p>
    <p><strong>Bürgerbüro Herne-Mitte</strong><br>Mo., Di. 8 - 16 Uhr · Mi. 8 - 13 Uhr · Do. 8 - 18 Uhr · Fr. 8 - 12.30 Uhr</p>
  </div>
  <div class="site-footer__col">
    <ul class="site-footer__links">
      <li><a href="/Impressum.html">Impressum</a></li>
      <li><a href="/Datenschutz.html">Datenschutz</a></li>
      <li><a href="/Barrierefreiheit.html">Erklärung zur Barrierefreiheit</a></li>
      <li><a href="#consent" class="js-consent-open">Cookie-Einstellungen</a></li>
      <li><a href="/intern/" rel="nofollow">Redaktionszugang</a></li>
    </ul>
    <ul class="site-footer__social">
      <li><a href="https://www.facebook.com/stadtherne" rel="noopener">Facebook</a></li>
      <li><a href="https://www.instagram.com/stadt.herne/" rel="noopener">Instagram</a></li>
      <li><a href="https://www.youtube.com/@stadtherne" rel="noopener">Youtube</a></li>
    </ul>
  </div>
  <div class="site-footer__partner"><img src="/static/img/metropole-ruhr.svg" alt="Metropole Ruhr" width="96" height="40"> <img src="/static/img/emscher-landschaftspark.svg" alt="Emscher Landschaftspark" width="96" height="40"></div>
  <p class="site-footer__copy">© Stadt Herne 2024</p>
</footer>"""


def head(title: str, description: str, canonical: str, charset: str, extra: str = "") -> str:
    if charset == "iso-8859-1":
        meta_charset = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    else:
        meta_charset = f'<meta charset="{charset}">'
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
{meta_charset}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{attr(description)}">
<meta name="generator" content="Stadtportal CMS 6.4">
<meta name="robots" content="index, follow">
{extra}<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="/static/css/portal.min.css?v=6.4.2">
<link rel="stylesheet" href="/static/css/print.css" media="print">
<link rel="icon" href="/favicon.ico">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script src="/static/js/vendor/jquery-3.6.0.min.js" defer></script>
<script src="/static/js/portal.js?v=6.4.2" defer></script>
</head>"""


def tracker(pagename: str) -> str:
    return f"""<script id="_etLoader" charset="UTF-8" data-block-cookies="true" data-respect-dnt="true" data-secure-code="rT4bQ9" src="https://code.etracker.com/code/e.js" async></script>
<script>var et_pagename = "{pagename}"; var et_areas = "Meldungen";</script>"""


def encode_page(text: str, encoding: str) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "entities":  # served as UTF-8 but written by an old editor: every non-ASCII as an entity
        return "".join(c if ord(c) < 128 else named_entity(c) for c in text).encode("ascii")
    if encoding == "windows-1252":
        return text.encode("cp1252", errors="xmlcharrefreplace")
    if encoding == "iso-8859-1":
        return "".join(c if ord(c) < 256 else named_entity(c) for c in text).encode("latin-1")
    raise ValueError(encoding)


def named_entity(c: str) -> str:
    name = codepoint2name.get(ord(c))
    return f"&{name};" if name else f"&#{ord(c)};"


def page_charset(encoding: str) -> str:
    return {"entities": "utf-8"}.get(encoding, encoding)


# ---------- detail pages ----------


def sidebar(rel: Release, pages: list[Release]) -> str:
    i = pages.index(rel)
    others = [p for p in pages if p is not rel]
    # the newest neighbours first: two newer and two older releases where there are any
    start = max(0, min(i - 2, len(others) - SIDEBAR_TEASERS))
    teasers = others[start : start + SIDEBAR_TEASERS]
    absolute = rel.id % 2 == 1  # some pages of the CMS write absolute links in the sidebar
    rows = []
    for t in teasers:
        href = (BASE if absolute else "") + t.path_rel
        img = t.images[0] if t.images else None
        thumb = (
            (
                f'<a href="{href}" tabindex="-1"><img src="/Bilder/Meldungen/Vorschau/{Path(img.src[0]).stem}_klein.jpg" '
                f'alt="" width="90" height="60"></a>\n        '
            )
            if img
            else ""
        )
        credit = f'<span class="teaser__credit">{img.credit}</span>\n        ' if img and img.credit else ""
        rows.append(f"""      <div class="teaser">
        {thumb}{credit}<span class="teaser__date">{short_date(t.day)}</span>
        <h3 class="teaser__title"><a href="{href}">{t.title}</a></h3>
        <p>{t.teaser or plain(t.lead)}</p>
      </div>""")
    name, person, role, address, phone, fax, mail = CONTACTS[rel.contact]
    council = rel.day + timedelta(days=12 + rel.id % 9)
    return f"""  <aside class="sidebar" aria-label="Weitere Informationen">
    <section class="box box--news">
      <h2 class="box__title">Weitere Meldungen</h2>
{chr(10).join(rows)}
      <p class="box__more"><a href="/Meldungen/Alle-News.html">Alle Meldungen</a></p>
    </section>
    <section class="box box--contact">
      <h2 class="box__title">{name}</h2>
      <p>{person}<br>{role}<br>{address}<br>Telefon: {phone}<br>Telefax: {fax}<br>E-Mail: <a href="mailto:{mail}">{mail}</a></p>
    </section>
    <section class="box box--dates">
      <h2 class="box__title">Termine</h2>
      <p>Nächste Sitzung des Rates: {council.day}. {MONTHS[council.month - 1]} {council.year}, 15 Uhr, Ratssaal Herne</p>
      <p><a href="https://ratsinfo.herne.de/bi/si010.asp" rel="noopener">Sitzungskalender im Ratsinformationssystem</a></p>
    </section>
  </aside>"""


def detail_page(rel: Release, pages: list[Release]) -> tuple[bytes, str]:
    body_html, body_text = render_body(rel)
    top = [render_image(im, rel, n) for n, im in enumerate(rel.images, 1) if im.place in ("top", "gallery")]
    meta = []
    if rel.author_meta:
        meta.append(f'<meta name="author" content="{attr(rel.author_meta)}">')
    meta.append('<meta name="publisher" content="Stadt Herne">')
    if rel.keywords:
        meta.append(f'<meta name="keywords" content="{attr(rel.keywords)}">')
    if rel.modified:
        meta.append(f'<meta name="dcterms.modified" content="{rel.modified.isoformat()}">')
    meta += [
        '<meta property="og:type" content="website">',
        '<meta property="og:site_name" content="Stadt Herne">',
        f'<meta property="og:title" content="{attr(rel.title)}">',
        f'<meta property="og:description" content="{attr(rel.lead)}">',
        f'<meta property="og:url" content="{rel.url}">',
    ]
    if rel.images:
        meta.append(
            f'<meta property="og:image" content="{BASE}/Bilder/Meldungen/{rel.day.year}/{rel.images[0].src[0]}">'
        )
    kicker = f'\n    <p class="news-detail__kicker">{rel.kicker}</p>' if rel.kicker else ""
    stand = f'\n    <p class="news-detail__stand">Stand: {rel.stand}</p>' if rel.stand else ""
    tops = ("\n" + "\n".join(top)) if top else ""
    share = quote_url(rel.url)
    text = f"""{head(f"{rel.title} - Stadt Herne", rel.lead, rel.url, page_charset(rel.encoding), chr(10).join(meta) + chr(10))}
<body class="page page--news-detail">
{CONSENT}
{header("/Meldungen/Alle-News.html")}
<div class="stage stage--small" style="background-image:url('/Bilder/Stage/stage_rathaus.jpg')"><span class="stage__credit">Bild: Stadtmarketing Herne</span></div>
<div class="breadcrumb"><span class="visually-hidden">Sie sind hier:</span> <a href="/">Homepage</a> / <a href="/Meldungen/Alle-News.html">Meldungen</a></div>
<div class="layout">
<main id="inhalt" class="layout__main">
  <div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" title="Text vorlesen lassen" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10960&amp;lang=de_de&amp;readid=news-{rel.id}&amp;url={share}"><span class="rsbtn_text">Vorlesen</span></a></div>
  <article class="news-detail" id="news-{rel.id}">
    <div class="news-detail__date">Meldung vom {long_date(rel.day)}</div>{kicker}
    <h1 class="news-detail__title">{rel.title}</h1>{tops}
    <div class="news-detail__text">
{body_html}
    </div>{stand}
    <div class="news-detail__tools">
      <a href="/Meldungen/Alle-News.html" class="link-back">« Zurück zur Übersicht</a>
      <a href="javascript:window.print()" class="link-print">Drucken</a>
      <span class="share">Teilen: <a href="https://www.facebook.com/sharer/sharer.php?u={share}" rel="noopener" target="_blank">Facebook</a> <a href="https://twitter.com/intent/tweet?url={share}" rel="noopener" target="_blank">X</a> <a href="mailto:?subject=Meldung%20der%20Stadt%20Herne&amp;body={share}">E-Mail</a></span>
    </div>
  </article>
</main>
{sidebar(rel, pages)}
</div>
{FOOTER}
{tracker(f"Meldungen/News-Detailansicht_{rel.id}")}
</body>
</html>
"""
    return encode_page(text, rel.encoding), body_text


# ---------- listing pages ----------


def listing_url(n: int) -> str:
    return "/Meldungen/Alle-News.html" + (f"?seite={n}" if n > 1 else "")


def listing_page(n: int, total: int, entries: list[Release]) -> bytes:
    items = []
    for r in entries:
        thumb = ""
        if r.images and r.detail is not False:
            thumb = (
                f'\n      <div class="news-list__thumb"><img src="/Bilder/Meldungen/Vorschau/{Path(r.images[0].src[0]).stem}_klein.jpg" '
                f'alt="{attr(r.images[0].alt)}" width="120" height="80"></div>'
            )
        if r.detail is False:
            title = f'<h2 class="news-list__title">{r.title}</h2>'
            more = ""
        else:
            title = f'<h2 class="news-list__title"><a href="{r.path_rel}">{r.title}</a></h2>'
            more = (
                f'\n      <a class="news-list__more" href="{r.path_rel}">mehr zur Meldung'
                f'<span class="visually-hidden">: {r.title}</span></a>'
            )
        items.append(f"""    <li class="news-list__item" id="meldung-{r.id}">{thumb}
      <p class="news-list__date">Meldung vom {long_date(r.day)}</p>
      {title}
      <p class="news-list__lead">{r.lead}</p>{more}
    </li>""")
    pager = []
    if n > 1:
        pager.append(
            f'<a class="pagination__prev" rel="prev" href="{listing_url(n - 1)}">vorherige Seite</a>'
        )
    for k in range(1, total + 1):
        if k == n:
            pager.append(f'<span class="pagination__current" aria-current="page">{k}</span>')
        else:
            pager.append(f'<a class="pagination__page" href="{listing_url(k)}">{k}</a>')
    if n < total:
        pager.append(f'<a class="pagination__next" rel="next" href="{listing_url(n + 1)}">nächste Seite</a>')
    url = BASE + listing_url(n)
    title = "Alle Meldungen - Stadt Herne" + (f" (Seite {n})" if n > 1 else "")
    text = f"""{head(title, "Pressemitteilungen und Meldungen der Stadt Herne", url, "utf-8")}
<body class="page page--news-list">
{CONSENT}
{header("/Meldungen/Alle-News.html")}
<div class="breadcrumb"><span class="visually-hidden">Sie sind hier:</span> <a href="/">Homepage</a> / Meldungen</div>
<div class="layout">
<main id="inhalt" class="layout__main">
  <h1>Alle Meldungen</h1>
  <p class="intro">Hier finden Sie die Pressemitteilungen der Stadt Herne, die neuesten zuerst. Ältere Meldungen finden Sie im <a href="/Meldungen/Archiv.html">Archiv</a>.</p>
  <p class="news-list__count">Seite {n} von {total}</p>
  <ul class="news-list">
{chr(10).join(items)}
  </ul>
  <nav class="pagination" aria-label="Seiten">
    {" ".join(pager)}
  </nav>
</main>
  <aside class="sidebar">
    <section class="box box--contact">
      <h2 class="box__title">Pressestelle</h2>
      <p>Ansgar Willms<br>Pressesprecher der Stadt Herne<br>Telefon: 0 23 23 / 16 - 24 91<br>E-Mail: <a href="mailto:presse@herne.de">presse@herne.de</a></p>
    </section>
    <section class="box">
      <h2 class="box__title">Newsletter</h2>
      <p>Die Meldungen der Stadt Herne jeden Freitag per E-Mail. <a href="/Kontakt.html#newsletter">Jetzt abonnieren</a></p>
    </section>
  </aside>
</div>
{FOOTER}
{tracker("Meldungen/Alle-News" + (f"-Seite{n}" if n > 1 else ""))}
</body>
</html>
"""
    return text.encode("utf-8")


# ---------- other pages ----------

STATIC_PAGES = {
    "Kontakt.html": (
        "Kontakt",
        """<h1>Kontakt</h1>
  <p>Sie erreichen die Stadtverwaltung Herne montags bis donnerstags von 8 bis 16 Uhr und freitags von 8 bis 12.30 Uhr.</p>
  <h2>Zentrale</h2>
  <p>Stadt Herne<br>Friedrich-Ebert-Platz 2<br>44623 Herne<br>Telefon: 0 23 23 / 16 - 0<br>Telefax: 0 23 23 / 16 - 21 00<br>E-Mail: <a href="mailto:info@herne.de">info@herne.de</a></p>
  <h2>Pressestelle</h2>
  <p>Ansgar Willms (Pressesprecher)<br>Telefon: 0 23 23 / 16 - 24 91<br>Carina Obst<br>Telefon: 0 23 23 / 16 - 23 57<br>E-Mail: <a href="mailto:presse@herne.de">presse@herne.de</a></p>
  <h2 id="newsletter">Newsletter</h2>
  <form action="/Kontakt.html" method="post"><label>E-Mail-Adresse <input type="email" name="email"></label> <button type="submit">Abonnieren</button></form>""",
    ),
    "Impressum.html": (
        "Impressum",
        """<h1>Impressum</h1>
  <p>Herausgeberin: Stadt Herne, vertreten durch den Oberbürgermeister, Friedrich-Ebert-Platz 2, 44623 Herne.</p>
  <p>Telefon: 0 23 23 / 16 - 0, E-Mail: <a href="mailto:info@herne.de">info@herne.de</a></p>
  <p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: DE 126 900 417</p>
  <p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Ansgar Willms, Pressestelle der Stadt Herne.</p>
  <p>Redaktion: Carina Obst, Jörn Schewe, Maike Lüttgen, Thorsten Kiwitt</p>
  <p>Stand: 01.03.2023</p>""",
    ),
    "Datenschutz.html": (
        "Datenschutzerklärung",
        """<h1>Datenschutzerklärung</h1>
  <p>Die Stadt Herne nimmt den Schutz Ihrer persönlichen Daten sehr ernst. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG NRW).</p>
  <h2>Reichweitenmessung</h2>
  <p>Mit Ihrer Einwilligung nutzen wir den Dienst eTracker. Die Daten werden nach 24 Monaten gelöscht.</p>
  <h2>Datenschutzbeauftragte</h2>
  <p>Behördliche Datenschutzbeauftragte der Stadt Herne, Friedrich-Ebert-Platz 2, 44623 Herne, Telefon: 0 23 23 / 16 - 20 85</p>
  <p>Stand: 15. Mai 2024</p>""",
    ),
    "Barrierefreiheit.html": (
        "Erklärung zur Barrierefreiheit",
        """<h1>Erklärung zur Barrierefreiheit</h1>
  <p>Die Stadt Herne ist bemüht, ihre Website im Einklang mit dem Behindertengleichstellungsgesetz NRW barrierefrei zugänglich zu machen.</p>
  <p>Diese Website ist wegen der folgenden Unvereinbarkeiten teilweise mit § 3 BITV NRW vereinbar: Einige ältere PDF-Dokumente sind nicht barrierefrei.</p>
  <p>Diese Erklärung wurde am 23. September 2020 erstellt und zuletzt am 12. Januar 2024 überprüft.</p>""",
    ),
    "Suche.html": (
        "Suche",
        """<h1>Suche</h1>
  <p>Bitte geben Sie einen Suchbegriff ein.</p>""",
    ),
    "Meldungen/Archiv.html": (
        "Archiv der Meldungen",
        """<h1>Archiv der Meldungen</h1>
  <p>Meldungen, die älter als fünf Jahre sind, stellt die Pressestelle auf Anfrage zur Verfügung: <a href="mailto:presse@herne.de">presse@herne.de</a>.</p>""",
    ),
    "Rathaus-Politik/index.html": (
        "Rathaus &amp; Politik",
        """<h1>Rathaus &amp; Politik</h1>
  <p>Der Rat der Stadt Herne hat 62 Mitglieder. Er tagt in der Regel einmal im Monat im Ratssaal des Rathauses Herne.</p>
  <ul><li><a href="https://ratsinfo.herne.de/bi/allris.net.asp">Ratsinformationssystem</a></li><li><a href="/Meldungen/Alle-News.html">Meldungen aus dem Rathaus</a></li></ul>""",
    ),
    "Buergerservice/index.html": (
        "Bürgerservice",
        """<h1>Bürgerservice</h1>
  <p>Personalausweis, Meldebescheinigung oder Anwohnerparkausweis: Die Bürgerbüros in Herne-Mitte und Wanne helfen weiter. Termine buchen Sie online oder unter Telefon 0 23 23 / 16 - 0.</p>
  <table class="table"><caption>Öffnungszeiten Bürgerbüro Wanne, Hauptstraße 241</caption><tr><th>Mo. - Mi.</th><td>8 - 16 Uhr</td></tr><tr><th>Do.</th><td>8 - 18 Uhr</td></tr><tr><th>Fr.</th><td>8 - 12.30 Uhr</td></tr></table>""",
    ),
    "Leben-in-Herne/index.html": (
        "Leben in Herne",
        """<h1>Leben in Herne</h1>
  <p>Rund 157.000 Menschen leben in Herne, der am dichtesten besiedelten Stadt Nordrhein-Westfalens. Kultur, Sport und Freizeit: Hier finden Sie alles, was Herne lebenswert macht.</p>
  <p>Aktuelle Geschichten aus der Stadt lesen Sie im Stadtmagazin <a href="https://www.inherne.net/">inherne</a>.</p>""",
    ),
    "Wirtschaft/index.html": (
        "Wirtschaft",
        """<h1>Wirtschaft</h1>
  <p>Die Wirtschaftsförderungsgesellschaft Herne (WFG) ist erste Ansprechpartnerin für Unternehmen, Gründerinnen und Gründer.</p>
  <p>WFG Herne, Westring 303, 44629 Herne, Telefon: 0 23 23 / 92 51 - 0</p>""",
    ),
    "Leichte-Sprache/index.html": (
        "Leichte Sprache",
        """<h1>Leichte Sprache</h1>
  <p>Hier finden Sie Informationen in Leichter Sprache. Das Rathaus ist am Friedrich-Ebert-Platz.</p>
  <p>Sie haben eine Frage? Rufen Sie an: 0 23 23 / 16 - 0.</p>""",
    ),
    "intern/index.html": (
        "Redaktionszugang",
        """<h1>Redaktionszugang</h1>
  <p>Dieser Bereich ist nur für Mitarbeiterinnen und Mitarbeiter der Pressestelle bestimmt.</p>
  <form action="/intern/" method="post"><label>Benutzername <input name="user"></label> <label>Passwort <input type="password" name="pw"></label> <button>Anmelden</button></form>""",
    ),
}


def static_page(path: str, title: str, content: str) -> bytes:
    url = BASE + "/" + path.removesuffix("index.html")
    active = "/" + path.removesuffix("index.html") if path.endswith("index.html") else ""
    text = f"""{head(f"{title} - Stadt Herne", plain(title), url, "utf-8")}
<body class="page page--content">
{CONSENT}
{header(active)}
<div class="breadcrumb"><span class="visually-hidden">Sie sind hier:</span> <a href="/">Homepage</a> / {title}</div>
<div class="layout">
<main id="inhalt" class="layout__main">
  {content}
</main>
</div>
{FOOTER}
</body>
</html>
"""
    return text.encode("utf-8")


def home_page(pages: list[Release]) -> bytes:
    rows = []
    for r in pages[:5]:
        rows.append(f"""    <div class="teaser teaser--home">
      <span class="teaser__date">{short_date(r.day)}</span>
      <h3 class="teaser__title"><a href="{BASE}{r.path_rel}">{r.title}</a></h3>
      <p>{plain(r.lead)}</p>
    </div>""")
    content = f"""<h1 class="visually-hidden">Stadt Herne</h1>
  <section class="home-news">
    <h2>Aktuelle Meldungen</h2>
{chr(10).join(rows)}
    <p><a href="/Meldungen/Alle-News.html">Alle Meldungen</a></p>
  </section>
  <section class="home-services">
    <h2>Häufig gesucht</h2>
    <ul><li><a href="/Buergerservice/">Termin im Bürgerbüro</a></li><li><a href="/Rathaus-Politik/">Rat und Ausschüsse</a></li><li><a href="/Kontakt.html">Kontakt</a></li></ul>
  </section>"""
    text = f"""{head("Stadt Herne", "Das offizielle Portal der Stadt Herne", BASE + "/", "utf-8")}
<body class="page page--home">
{CONSENT}
{header("")}
<div class="layout">
<main id="inhalt" class="layout__main">
  {content}
</main>
</div>
{FOOTER}
</body>
</html>
"""
    return text.encode("utf-8")


DISALLOWED = [BASE + "/Suche.html", BASE + "/intern/"]
ROBOTS = """# robots.txt fuer www.herne.de
User-agent: *
Allow: /Meldungen/
Disallow: /Suche.html
Disallow: /intern/
Disallow: /static/
"""

CSS = """/* Stadtportal CMS 6.4 -- reduced stylesheet of the offline sample site */
body{margin:0;font:16px/1.5 Arial,Helvetica,sans-serif;color:#222}
.site-header,.layout,.site-footer,.breadcrumb{max-width:1100px;margin:0 auto;padding:0 16px}
.main-nav ul,.service-nav ul{list-style:none;display:flex;gap:16px;padding:0}
.main-nav .is-active a{font-weight:bold}
.layout{display:flex;gap:32px}.layout__main{flex:3}.sidebar{flex:1;font-size:14px}
.news-image--right{float:right;width:300px;margin:0 0 12px 16px}
figcaption,.gallery__credit,.teaser__credit{font-size:12px;color:#555}
.news-detail__date,.news-list__date,.teaser__date{color:#0060a0;font-size:14px}
.news-list{list-style:none;padding:0}.news-list__item{border-bottom:1px solid #ddd;padding:12px 0}
.visually-hidden{position:absolute;left:-9999px}
.consent{position:fixed;bottom:0;left:0;right:0;background:#f3f3f3;border-top:3px solid #0060a0;padding:12px}
.site-footer{border-top:1px solid #ccc;margin-top:32px;font-size:14px}
.table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px 8px}
"""

JS = """/* Stadtportal CMS 6.4 */
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-consent]');
  if (b) { document.getElementById('consent').hidden = true; }
});
"""


# ---------- checks ----------


def check_release(rel: Release, body_text: str) -> list[str]:
    errors = []
    norm = body_text.replace("\u00a0", " ")
    g = rel.gold
    for key in ("quotes", "optional_quotes"):
        for q in g.get(key, []):
            if clean(q["text"]) not in norm:
                errors.append(f"{key[:-1]} not in the body: {q['text'][:70]!r}")
            if not q.get("speaker"):
                errors.append(f"{key[:-1]} without speaker: {q['text'][:70]!r}")
    known = [clean(q["text"]) for q in g.get("quotes", []) + g.get("optional_quotes", [])]
    known += [clean(t) for t in g.get("not_quotes", [])]
    for m in QUOTE_SPAN.finditer(norm):
        span = clean(next((g for g in m.groups() if g is not None), ""))
        if not any(span == k or span in k or (k in span and len(k) >= 0.8 * len(span)) for k in known):
            errors.append(f"span in quotation marks not annotated: {span[:70]!r}")
    for f in g.get("figures", []) + g.get("optional_figures", []):
        if not isinstance(f.get("value"), int | float):
            errors.append(f"figure without a numeric value: {f}")
    if rel.encoding in ("windows-1252", "iso-8859-1"):
        try:
            rel.title.encode(rel.encoding)
        except UnicodeEncodeError:
            errors.append(f"title has characters outside {rel.encoding}")
    return errors


def report(rel: Release, body_text: str) -> None:
    print(f"\n== {rel.id} {rel.day} {rel.title}")
    nums = [m.group(0).rstrip(".,") for m in NUMBER_TOKEN.finditer(body_text)]
    print("  numbers:", " | ".join(nums))
    figs = ", ".join(f"{f['value']:g} {f.get('unit')}" for f in rel.gold.get("figures", []))
    print("  figures:", figs)
    opt = ", ".join(f"{f['value']:g} {f.get('unit')}" for f in rel.gold.get("optional_figures", []))
    print("  optional:", opt)


# ---------- gold ----------


def gold_record(rel: Release, url: str) -> dict:
    g = rel.gold

    def credit(c: dict) -> dict:
        return {"name": c.get("name"), "organization": c.get("organization")}

    def fig(f: dict) -> dict:
        v = f["value"]
        return {"value": int(v) if float(v).is_integer() else v, "unit": f.get("unit")}

    def quote(q: dict) -> dict:
        return {"text": clean(q["text"]), "speaker": q["speaker"]}

    return {
        "url": url,
        "title": rel.title,
        "published": rel.day.isoformat(),
        "category": g.get("category", []),
        "authors": g.get("authors", []),
        "credits": [credit(c) for c in g.get("credits", [])],
        "quotes": [quote(q) for q in g.get("quotes", [])],
        "optional_quotes": [quote(q) for q in g.get("optional_quotes", [])],
        "figures": [fig(f) for f in g.get("figures", [])],
        "optional_figures": [fig(f) for f in g.get("optional_figures", [])],
    }


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", action="store_true", help="list the numbers and figures of every article")
    args = ap.parse_args()

    releases = sorted(
        (load_release(p) for p in SRC.glob("*.toml")), key=lambda r: (r.day, r.id), reverse=True
    )
    ids = [r.id for r in releases]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids in src/herne")
    pages = [r for r in releases if r.has_page]

    built, failed = {}, False
    for rel in pages:
        data, body_text = detail_page(rel, pages)
        errors = check_release(rel, body_text)
        for e in errors:
            print(f"{rel.path.name}: {e}", file=sys.stderr)
        failed |= bool(errors)
        built[rel.id] = data
        if args.report:
            report(rel, body_text)
    for rel in releases:
        if not rel.has_page:
            errors = check_release(rel, plain(rel.lead))
            for e in errors:
                print(f"{rel.path.name}: {e}", file=sys.stderr)
            failed |= bool(errors)
    if failed:
        print("build_herne: checks failed, nothing written", file=sys.stderr)
        return 1

    if ROOT.exists():
        shutil.rmtree(ROOT)
    for rel in pages:
        write(ROOT / "Meldungen" / f"News-Detailansicht_{rel.id}.html", built[rel.id])
    chunks = [releases[i : i + PER_PAGE] for i in range(0, len(releases), PER_PAGE)]
    for n, chunk in enumerate(chunks, 1):
        name = "Alle-News.html" + (f"?seite={n}" if n > 1 else "")
        write(ROOT / "Meldungen" / name, listing_page(n, len(chunks), chunk))
    for path, (title, content) in STATIC_PAGES.items():
        write(ROOT / path, static_page(path, title, content))
    write(ROOT / "index.html", home_page(pages))
    write(ROOT / "robots.txt", ROBOTS.encode("ascii"))
    write(ROOT / "static" / "css" / "portal.min.css", CSS.encode("utf-8"))
    write(ROOT / "static" / "js" / "portal.js", JS.encode("utf-8"))

    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(GOLD.glob("herne-*.gold.json")) + list(GOLD.glob("herne-*.html")):
        old.unlink()
    for rel in pages:
        rec = gold_record(rel, rel.url)
        (GOLD / f"herne-{rel.id}.gold.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        link = GOLD / f"herne-{rel.id}.html"
        os.symlink(os.path.relpath(ROOT / "Meldungen" / f"News-Detailansicht_{rel.id}.html", GOLD), link)

    listing_of = {r.id: n for n, chunk in enumerate(chunks, 1) for r in chunk}
    site = {
        "host": "www.herne.de",
        "start_url": BASE + listing_url(1),
        "listing_pages": [BASE + listing_url(n) for n in range(1, len(chunks) + 1)],
        "articles": [
            {
                "id": r.id,
                "kind": "detail" if r.has_page else ("notice" if r.detail is False else "missing"),
                "url": r.url
                if r.detail is not False
                else f"{BASE}{listing_url(listing_of[r.id])}#meldung-{r.id}",
                "listing_page": BASE + listing_url(listing_of[r.id]),
                "gold": f"herne-{r.id}.gold.json" if r.has_page else None,
                **(
                    {}
                    if r.has_page or r.detail == "missing"
                    else {"expected": gold_record(r, f"{BASE}{listing_url(listing_of[r.id])}#meldung-{r.id}")}
                ),
                "title": r.title,
                "published": r.day.isoformat(),
            }
            for r in releases
        ],
        "broken_links": [r.url for r in releases if r.detail == "missing"],
        "not_articles": [BASE + "/"]
        + [
            u
            for u in (BASE + "/" + p.removesuffix("index.html") for p in STATIC_PAGES)
            if u not in DISALLOWED
        ],
        "disallowed_by_robots": DISALLOWED,
    }
    (GOLD / "herne-site.json").write_text(
        json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"build_herne: {len(releases)} releases, {len(pages)} detail pages, {len(chunks)} listing pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
