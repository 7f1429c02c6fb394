#!/usr/bin/env python3
"""Build the inherne.net half of the offline sample site, and its gold files.

    .venv/bin/python data/sample-site/build_inherne.py            # build
    .venv/bin/python data/sample-site/build_inherne.py --review   # also list every quoted span
                                                                  # and number per post

Reads one TOML file per post from ``src/inherne/`` and writes a static mirror of
``https://www.inherne.net/`` to ``www.inherne.net/`` (the document root of that origin):
post pages, home and category pagination, tag archives, RSS feeds, the WordPress core
sitemaps, robots.txt and a few pages that are not articles. It also writes
``tests/gold/inherne-<slug>.gold.json`` for every post, beside a relative symlink
``tests/gold/inherne-<slug>.html`` to the post's page in the mirror.

Everything derived from several posts (listings, related posts, sidebars, feeds,
sitemaps) is computed here, so the site stays consistent when a post is added.
The output is deterministic: building twice gives the same bytes.

Standard library only.

Post source format (see src/inherne/*.toml):

    slug, id, date, modified (TOML datetimes with offset), categories (first is the
    primary one), tags, kicker, title, description, wp_author, editor ("block" or
    "classic"), author_line / author_line_position, [[blocks]] of type p, h2, h3,
    image, gallery, video, list, html, separator, and [gold] with authors, credits,
    quotes, optional_quotes, figures, optional_figures (a missing "unit" or "name"
    means null), and optionally category (acceptable answers) and not_quotes (quoted
    spans that are names or scare quotes, so --review stays quiet about them).

Inline markup in text: **bold**, __em__, [label](url), ~ for a non-breaking space.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE / "src" / "inherne"
OUT = HERE / "www.inherne.net"
REPO = HERE.parent.parent
GOLD = REPO / "tests" / "gold"

BASE = "https://www.inherne.net"
SITE_NAME = "inHerne"
SITE_DESC = "Das Stadtmagazin für Herne"
PER_PAGE = 5
FEED_ITEMS = 10
RECENT_ITEMS = 5
RELATED_ITEMS = 3
WP_VERSION = "6.4.3"
YOAST_VERSION = "21.9.1"
MISSING_SLUG = "bahnhofstrasse-wird-ab-herbst-erneuert"  # linked from a post, deliberately absent

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

CATEGORIES = ["Gesellschaft", "Kultur", "Freizeit", "Sport", "Wirtschaft", "Umwelt", "Bildung", "Politik"]
CATEGORY_IDS = {name: 2 + i for i, name in enumerate(CATEGORIES)}

# A credit at the end of a caption, as the editors write them.
CREDIT_IN_CAPTION = re.compile(r"(?:@|©|Fotos?:|Bild:|Grafik:|Quelle:|Video:|Visualisierung:|Luftbild:).*$")
QUOTED_SPAN = re.compile(r"„([^“]+)“|\"([^\"]+)\"|»([^«]+)«|‚([^‘]+)‘")
NUMBER_TOKEN = re.compile(
    r"\b\d[\d.,]*\b|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|"
    r"fünfzig|hundert|tausend|Dutzend\w*|Hälfte|Drittel|Viertel|doppelt\w*|dreimal)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- model


@dataclass(slots=True)
class Post:
    src: Path
    slug: str
    id: int
    date: datetime
    modified: datetime
    categories: list[str]
    tags: list[str]
    kicker: str
    title: str
    description: str
    wp_author: str
    editor: str
    author_line: str
    author_line_position: str
    blocks: list[dict[str, Any]]
    gold: dict[str, Any]
    excerpt: str = ""
    teaser_credit: str = ""
    first_image: str = ""
    content_html: str = ""
    body_text: str = ""
    caption_text: str = ""
    word_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"{BASE}/{self.slug}/"

    @property
    def primary(self) -> str:
        return self.categories[0]


def load_post(path: Path) -> Post:
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    for key in ("date", "modified"):
        if not isinstance(d[key], datetime) or d[key].tzinfo is None:
            sys.exit(f"{path.name}: {key} must be a TOML datetime with an offset")
    for c in d["categories"]:
        if c not in CATEGORIES:
            sys.exit(f"{path.name}: unknown category {c!r}")
    return Post(
        src=path,
        slug=d["slug"],
        id=int(d["id"]),
        date=d["date"],
        modified=d["modified"],
        categories=list(d["categories"]),
        tags=list(d.get("tags", [])),
        kicker=d.get("kicker", ""),
        title=d["title"],
        description=d["description"],
        wp_author=d["wp_author"],
        editor=d.get("editor", "block"),
        author_line=d.get("author_line", ""),
        author_line_position=d.get("author_line_position", "end"),
        blocks=list(d["blocks"]),
        gold=dict(d["gold"]),
        extra={k: v for k, v in d.items() if k in ("update_note", "teaser_credit", "excerpt")},
    )


# ---------------------------------------------------------------- small helpers


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def squash(s: str) -> str:
    return " ".join(s.split())


def inline(s: str) -> str:
    """Authored text with the light inline markup, to HTML."""
    s = html.escape(squash(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"__(.+?)__", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: f'<a href="{m[2]}">{m[1]}</a>', s)
    return s.replace("~", "&nbsp;")


def plain(s: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.DOTALL)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"\s+([.,;:!?“])", r"\1", squash(s))
    return s


def slugify(s: str) -> str:
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def de_date(d: datetime) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def utc_iso(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def rfc822(d: datetime) -> str:
    u = d.astimezone(UTC)
    return f"{RFC_DAYS[u.weekday()]}, {u.day:02d} {RFC_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def md5(s: str) -> str:
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def person_id(name: str) -> str:
    return f"{BASE}/#/schema/person/{md5(name)}"


def upload(path: str, size: str = "") -> str:
    if size:
        stem, ext = path.rsplit(".", 1)
        path = f"{stem}-{size}.{ext}"
    return f"{BASE}/wp-content/uploads/{path}"


def words_excerpt(text: str, n: int) -> tuple[str, bool]:
    words = text.split()
    return " ".join(words[:n]), len(words) > n


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def page_file(url_path: str, kind: str = "html") -> Path:
    """Where a URL path ending in / lives in the mirror."""
    name = "index.xml" if kind == "xml" else "index.html"
    return OUT / url_path.strip("/") / name if url_path.strip("/") else OUT / name


# ---------------------------------------------------------------- post content


def img_tag(b: dict[str, Any], att_id: int, classic: bool) -> str:
    w, h = b.get("width", 1024), b.get("height", 683)
    src = b["src"]
    title = f' title="{esc(b["title"])}"' if b.get("title") else ""
    described = f' aria-describedby="caption-attachment-{att_id}"' if classic and b.get("caption") else ""
    cls = f"size-large wp-image-{att_id}" + (" aligncenter" if classic else "")
    return (f'<img loading="lazy" decoding="async"{described} width="{w}" height="{h}" '
            f'src="{upload(src, f"{w}x{h}")}" alt="{esc(b.get("alt", ""))}"{title} class="{cls}" '
            f'srcset="{upload(src, f"{w}x{h}")} {w}w, {upload(src, "300x200")} 300w, '
            f'{upload(src, "768x512")} 768w" sizes="(max-width: {w}px) 100vw, {w}px" />')


def caption_html(b: dict[str, Any]) -> str:
    cap = inline(b.get("caption", ""))
    if b.get("credit"):
        cap = f'{cap} <span class="copyright">{inline(b["credit"])}</span>'.strip()
    return cap


def render_block(b: dict[str, Any], post: Post, n: int) -> str:
    kind = b["type"]
    classic = post.editor == "classic"
    att_id = post.id + 1 + n
    if kind == "p":
        inner = inline(b["text"])
        if b.get("strong"):
            inner = f"<strong>{inner}</strong>"
        cls = f' class="{b["class"]}"' if b.get("class") else ""
        return f"<p{cls}>{inner}</p>"
    if kind in ("h2", "h3"):
        if classic:
            return f"<{kind}>{inline(b['text'])}</{kind}>"
        return f'<{kind} class="wp-block-heading">{inline(b["text"])}</{kind}>'
    if kind == "list":
        items = "".join(f"<li>{inline(i)}</li>" for i in b["items"])
        return f"<ul>{items}</ul>" if classic else f'<ul class="wp-block-list">{items}</ul>'
    if kind == "separator":
        return "<hr />" if classic else '<hr class="wp-block-separator has-alpha-channel-opacity"/>'
    if kind == "html":
        return b["html"].strip()
    if kind == "image":
        img = img_tag(b, att_id, classic)
        cap = caption_html(b)
        if classic:
            if not cap:
                return f"<p>{img}</p>"
            w = b.get("width", 1024) + 10
            return (f'<div id="attachment_{att_id}" style="width: {w}px" class="wp-caption aligncenter">{img}'
                    f'<p id="caption-attachment-{att_id}" class="wp-caption-text">{cap}</p></div>')
        if b.get("style") == "gallery1":  # a one-image gallery, as the seed article has
            return (f'<figure class="wp-block-gallery has-nested-images columns-1 is-cropped">'
                    f'<ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure>{img}'
                    f'<figcaption class="blocks-gallery-item__caption">{cap}</figcaption></figure></li></ul></figure>')
        figcap = f"<figcaption class=\"wp-element-caption\">{cap}</figcaption>" if cap else ""
        return f'<figure class="wp-block-image size-large">{img}{figcap}</figure>'
    if kind == "gallery":
        items = []
        for i, item in enumerate(b["items"]):
            img = img_tag(dict(item, width=item.get("width", 768), height=item.get("height", 512)),
                          att_id * 10 + i, False)
            cap = caption_html(item)
            figcap = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
            items.append(f'<figure class="wp-block-image size-large">{img}{figcap}</figure>')
        cap = inline(b.get("caption", ""))
        gcap = f'<figcaption class="blocks-gallery-caption wp-element-caption">{cap}</figcaption>' if cap else ""
        cols = b.get("columns", len(items))
        return (f'<figure class="wp-block-gallery has-nested-images columns-{cols} is-cropped">'
                + "\n".join(items) + gcap + "</figure>")
    if kind == "video":
        vid = b["video_id"]
        cap = caption_html(b)
        figcap = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return (f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                f'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                f'<iframe loading="lazy" title="{esc(b["title"])}" width="640" height="360" '
                f'src="https://www.youtube-nocookie.com/embed/{vid}?feature=oembed" frameborder="0" '
                f'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; '
                f'web-share" allowfullscreen></iframe>\n</div>{figcap}</figure>')
    sys.exit(f"{post.src.name}: unknown block type {kind!r}")


def author_line_html(post: Post) -> str:
    if not post.author_line:
        return ""
    text = inline(post.author_line)
    if post.author_line_position == "top":
        return f'<p class="entry-credits"><em>{text}</em></p>'
    if post.editor == "classic":
        return f"<p>{text}</p>"
    return f'<p class="has-text-align-right">{text}</p>' if "Text:" not in post.author_line else f"<p>{text}</p>"


def render_content(post: Post) -> None:
    parts = []
    if post.author_line_position == "top":
        parts.append(author_line_html(post))
    if post.extra.get("update_note"):
        parts.append(f'<p class="update-note has-background">{inline(post.extra["update_note"])}</p>')
    for n, b in enumerate(post.blocks):
        parts.append(render_block(b, post, n))
    if post.author_line_position == "end":
        parts.append(author_line_html(post))
    sep = "\n" if post.editor == "classic" else "\n\n\n\n"
    post.content_html = sep.join(p for p in parts if p)

    # The article's text, for the checks and the excerpts: paragraphs, headings, lists.
    texts, captions = [], []
    for b in post.blocks:
        if b["type"] in ("p", "h2", "h3"):
            texts.append(plain(inline(b["text"])))
        elif b["type"] == "list":
            texts.extend(plain(inline(i)) for i in b["items"])
        elif b["type"] == "html":
            texts.append(plain(b["html"]))
        elif b["type"] in ("image", "video"):
            captions.append(plain(caption_html(b)) + " " + b.get("title", ""))
        elif b["type"] == "gallery":
            captions.extend(plain(caption_html(i)) + " " + i.get("title", "") for i in b["items"])
            captions.append(plain(inline(b.get("caption", ""))))
    if post.extra.get("update_note"):
        texts.insert(0, plain(inline(post.extra["update_note"])))
    post.body_text = "\n".join(texts)
    post.caption_text = " ".join(captions)
    post.word_count = len(post.body_text.split())

    first_p = next(plain(inline(b["text"])) for b in post.blocks if b["type"] == "p")
    post.excerpt = post.extra.get("excerpt") or first_p
    images = [b for b in post.blocks if b["type"] == "image"] + [
        i for b in post.blocks if b["type"] == "gallery" for i in b["items"]]
    if images:
        img = images[0]
        post.first_image = img["src"]
        credit = img.get("credit") or img.get("title") or ""
        if not credit:
            m = CREDIT_IN_CAPTION.search(plain(inline(img.get("caption", ""))))
            credit = m.group(0) if m else ""
        post.teaser_credit = post.extra.get("teaser_credit", credit)
    else:
        post.first_image = "2018/03/inherne-platzhalter.jpg"
        post.teaser_credit = post.extra.get("teaser_credit", "")


# ---------------------------------------------------------------- page chrome


def head(*, title: str, description: str, canonical: str, og_type: str, graph: list[dict[str, Any]],
         extra_meta: str = "", feed_links: str = "", shortlink: str = "", robots: str = "") -> str:
    robots = robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
    desc = f'\t<meta name="description" content="{esc(description)}" />\n' if description else ""
    short = f"<link rel='shortlink' href='{shortlink}' />\n" if shortlink else ""
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<link rel="pingback" href="{BASE}/xmlrpc.php" />

	<!-- This site is optimized with the Yoast SEO plugin v{YOAST_VERSION} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(title)}</title>
{desc}	<link rel="canonical" href="{canonical}" />
	<meta property="og:locale" content="de_DE" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:title" content="{esc(title)}" />
	<meta property="og:description" content="{esc(description)}" />
	<meta property="og:url" content="{canonical}" />
	<meta property="og:site_name" content="{SITE_NAME}" />
	<meta property="article:publisher" content="https://www.facebook.com/inherne.stadtmagazin" />
{extra_meta}	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<meta name='robots' content='{robots}' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="inHerne &raquo; Feed" href="{BASE}/feed/" />
<link rel="alternate" type="application/rss+xml" title="inHerne &raquo; Kommentar-Feed" href="{BASE}/comments/feed/" />
{feed_links}<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/www.inherne.net\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WP_VERSION}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}/* gekürzt */}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{BASE}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{BASE}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel='stylesheet' id='jetpack_related-posts-css' href='{BASE}/wp-content/plugins/jetpack/modules/related-posts/related-posts.css?ver=20211209' media='all' />
<link rel='stylesheet' id='inherne-style-css' href='{BASE}/wp-content/themes/inherne/style.css?ver=2.1.0' media='all' />
<script src="{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{BASE}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{BASE}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{BASE}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VERSION}" />
{short}<link rel="icon" href="{upload("2018/03/cropped-inherne-favicon.png", "32x32")}" sizes="32x32" />
<link rel="apple-touch-icon" href="{upload("2018/03/cropped-inherne-favicon.png", "180x180")}" />
</head>
"""


def site_header(current: str = "") -> str:
    items = [("Startseite", f"{BASE}/")] + [(c, f"{BASE}/category/{slugify(c)}/") for c in CATEGORIES] + [
        ("Magazin-Archiv", f"{BASE}/inherne-archiv-2/")]
    lis = []
    for i, (label, href) in enumerate(items):
        cur = " current-menu-item" if label == current else ""
        typ = "menu-item-type-taxonomy menu-item-object-category" if label in CATEGORIES else \
            "menu-item-type-post_type menu-item-object-page" if label == "Magazin-Archiv" else \
            "menu-item-type-custom menu-item-object-custom"
        lis.append(f'\t\t\t<li id="menu-item-{101 + i}" class="menu-item {typ}{cur} menu-item-{101 + i}">'
                   f'<a href="{href}">{esc(label)}</a></li>')
    menu = "\n".join(lis)
    return f"""<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>

	<div class="topbar"><div class="topbar-inner"><span class="topbar-claim">Das Stadtmagazin f&uuml;r Herne und Wanne-Eickel</span> <a class="topbar-link" href="https://www.herne.de/">Zur Stadt Herne</a></div></div>

	<header id="masthead" class="site-header">
		<div class="site-branding">
			<a href="{BASE}/" class="custom-logo-link" rel="home"><img width="400" height="120" src="{upload("2018/03/inherne-logo.png")}" class="custom-logo" alt="inHerne" decoding="async" /></a>
			<p class="site-title"><a href="{BASE}/" rel="home">inHerne</a></p>
			<p class="site-description">Das Stadtmagazin f&uuml;r Herne</p>
		</div><!-- .site-branding -->

		<nav id="site-navigation" class="main-navigation" aria-label="Hauptmen&uuml;">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Men&uuml;</button>
			<ul id="primary-menu" class="menu">
{menu}
			</ul>
			<form role="search" method="get" class="search-form" action="{BASE}/">
				<label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suchen &hellip;" value="" name="s" /></label>
				<input type="submit" class="search-submit" value="Suchen" />
			</form>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<div id="content" class="site-content">
"""


def sidebar(site: Site) -> str:
    lis = "\n".join(
        f'\t\t\t\t<li><a href="{p.url}">{esc(p.title)}</a> <span class="post-date">{de_date(p.date)}</span></li>'
        for p in site.posts[:RECENT_ITEMS])
    return f"""		<aside id="secondary" class="widget-area">
			<section id="search-3" class="widget widget_search"><form role="search" method="get" class="search-form" action="{BASE}/"><label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suchen &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Suchen" /></form></section>
			<section id="recent-posts-2" class="widget widget_recent_entries">
				<h2 class="widget-title">Weitere Meldungen</h2>
				<ul>
{lis}
				</ul>
			</section>
			<section id="media_image-4" class="widget widget_media_image">
				<h2 class="widget-title">inherne &ndash; Ausgabe 2 | 2024</h2>
				<div style="width: 310px" class="wp-caption alignnone"><a href="{BASE}/inherne-archiv-2/"><img width="300" height="424" src="{upload("2024/06/inherne-2-2024-titel.jpg", "300x424")}" class="image wp-image-88412 attachment-medium size-medium" alt="Titelseite inherne 2/2024" decoding="async" loading="lazy" /></a><p class="wp-caption-text">Das aktuelle Heft: 48 Seiten, kostenlos im Rathaus. Titelfoto: Ole Brinkmann, Stadt Herne</p></div>
			</section>
			<section id="text-7" class="widget widget_text">
				<h2 class="widget-title">Termine</h2>
				<div class="textwidget"><p><strong>Wochenmarkt Herne-Mitte:</strong> mittwochs und samstags, 7 bis 13 Uhr, Robert-Brauner-Platz</p>
<p><strong>B&uuml;rgersprechstunde des Oberb&uuml;rgermeisters:</strong> Anmeldung unter 0 23 23 / 16 - 20 10</p></div>
			</section>
			<section id="text-5" class="widget widget_text">
				<h2 class="widget-title">inherne auf Facebook</h2>
				<div class="textwidget"><p>Folgen Sie uns auf <a href="https://www.facebook.com/inherne.stadtmagazin">Facebook</a> und <a href="https://www.instagram.com/inherne_stadtmagazin/">Instagram</a> &ndash; mehr als 12.000 Menschen sind schon dabei.</p></div>
			</section>
		</aside><!-- #secondary -->
"""


FOOTER = f"""
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="footer-widgets">
			<section class="widget widget_text">
				<h2 class="widget-title">Herausgeber</h2>
				<div class="textwidget"><p>Stadt Herne<br />
Der Oberb&uuml;rgermeister<br />
Fachbereich Kommunikation<br />
Friedrich-Ebert-Platz 2<br />
44623 Herne</p>
<p>Telefon: 0 23 23 / 16 - 0<br />
Redaktion: 0 23 23 / 16 - 22 05<br />
Fax: 0 23 23 / 16 - 23 77<br />
E-Mail: <a href="mailto:redaktion@inherne.net">redaktion@inherne.net</a></p></div>
			</section>
			<section class="widget widget_nav_menu"><h2 class="widget-title">Service</h2>
				<ul class="menu"><li><a href="{BASE}/impressum/">Impressum</a></li><li><a href="{BASE}/datenschutz/">Datenschutz</a></li><li><a href="{BASE}/kontakt/">Kontakt</a></li><li><a href="{BASE}/inherne-archiv-2/">Magazin-Archiv</a></li><li><a href="https://www.herne.de/">herne.de</a></li></ul>
			</section>
			<section class="widget widget_media_image"><a href="https://www.herne.de/"><img width="220" height="80" src="{upload("2018/03/stadt-herne-logo.png")}" class="image" alt="Stadt Herne" decoding="async" loading="lazy" /></a></section>
		</div>
		<div class="site-info">
			&copy; 2024 Stadt Herne &middot; inHerne &ndash; Das Stadtmagazin
			<span class="sep"> | </span>
			<a href="https://wordpress.org/">Stolz pr&auml;sentiert von WordPress</a>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<script id="cookie-notice-front-js-before">
var cnArgs = {{"ajaxUrl":"https:\\/\\/www.inherne.net\\/wp-admin\\/admin-ajax.php","nonce":"8e2f41c0d3","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"}};
</script>
<script src="{BASE}/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<script src="{BASE}/wp-content/themes/inherne/js/navigation.js?ver=20151215" id="inherne-navigation-js"></script>
<script src="https://stats.wp.com/e-202410.js" id="jetpack-stats-js" data-wp-strategy="defer"></script>

		<!-- Cookie Notice plugin v2.4.16 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Wir verwenden Cookies, um Ihnen die bestm&ouml;gliche Nutzung unserer Webseite zu erm&ouml;glichen. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="OK" style="background-color: #e2001a">OK</a><a href="{BASE}/datenschutz/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Datenschutzerkl&auml;rung" style="background-color: #e2001a">Datenschutzerkl&auml;rung</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Nein"></span></div>
		</div>
		<!-- / Cookie Notice plugin -->
</body>
</html>
"""


def org_graph() -> list[dict[str, Any]]:
    return [
        {"@type": "WebSite", "@id": f"{BASE}/#website", "url": f"{BASE}/", "name": SITE_NAME,
         "description": SITE_DESC, "publisher": {"@id": f"{BASE}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                              "urlTemplate": f"{BASE}/?s={{search_term_string}}"},
                              "query-input": "required name=search_term_string"}], "inLanguage": "de-DE"},
        {"@type": "Organization", "@id": f"{BASE}/#organization", "name": SITE_NAME, "url": f"{BASE}/",
         "logo": {"@type": "ImageObject", "inLanguage": "de-DE", "@id": f"{BASE}/#/schema/logo/image/",
                  "url": upload("2018/03/inherne-logo.png"), "contentUrl": upload("2018/03/inherne-logo.png"),
                  "width": 400, "height": 120, "caption": SITE_NAME},
         "image": {"@id": f"{BASE}/#/schema/logo/image/"},
         "sameAs": ["https://www.facebook.com/inherne.stadtmagazin", "https://www.instagram.com/inherne_stadtmagazin/"]},
    ]


def date_line(post: Post, link: bool = True) -> str:
    pub, mod = post.date.isoformat(), post.modified.isoformat()
    times = (f'<time class="entry-date published" datetime="{pub}">{de_date(post.date)}</time>'
             f'<time class="updated" datetime="{mod}">{de_date(post.modified)}</time>')
    if link:
        times = f'<a href="{post.url}" rel="bookmark">{times}</a>'
    cats = ", ".join(f'<a href="{BASE}/category/{slugify(c)}/" rel="category tag">{esc(c)}</a>'
                     for c in sorted(post.categories))
    return (f'<span class="posted-on">{times}</span> <span class="meta-sep">|</span> '
            f'<span class="cat-links">{cats}</span>')


def post_classes(post: Post) -> str:
    cats = " ".join(f"category-{slugify(c)}" for c in post.categories)
    tags = " ".join(f"tag-{slugify(t)}" for t in post.tags)
    return (f"post-{post.id} post type-post status-publish format-standard has-post-thumbnail hentry {cats} {tags}"
            ).strip()


# ---------------------------------------------------------------- site


@dataclass
class Site:
    posts: list[Post]  # newest first

    def related(self, post: Post) -> list[Post]:
        others = [p for p in self.posts if p is not post]
        def key(p: Post) -> tuple[int, float]:
            return (0 if p.primary == post.primary else 1, abs((p.date - post.date).total_seconds()))
        return sorted(others, key=key)[:RELATED_ITEMS]


def related_block(site: Site, post: Post) -> str:
    items = []
    for i, r in enumerate(site.related(post)):
        ex, more = words_excerpt(r.excerpt, 22)
        ex = esc(ex) + ("&hellip;" if more else "")
        credit = f'\n\t\t\t\t\t<span class="jp-relatedposts-post-credit">{esc(r.teaser_credit)}</span>' \
            if r.teaser_credit else ""
        items.append(f"""				<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{r.id}" data-post-format="false">
					<a class="jp-relatedposts-post-a" href="{r.url}" title="{esc(r.title)}" rel="nofollow" data-origin="{post.id}" data-position="{i}">
						<img class="jp-relatedposts-post-img" loading="lazy" src="{upload(r.first_image, "350x200")}" width="350" height="200" alt="{esc(r.title)}" />
					</a>{credit}
					<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{r.url}" title="{esc(r.title)}" rel="nofollow" data-origin="{post.id}" data-position="{i}">{esc(r.title)}</a></h4>
					<p class="jp-relatedposts-post-excerpt">{ex}</p>
					<p class="jp-relatedposts-post-date">{de_date(r.date)}</p>
					<p class="jp-relatedposts-post-context">In &quot;{esc(r.primary)}&quot;</p>
				</div>""")
    return f"""
<div id='jp-relatedposts' class='jp-relatedposts' >
	<h3 class="jp-relatedposts-headline"><em>Das k&ouml;nnte Sie auch interessieren</em></h3>
			<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
{chr(10).join(items)}
			</div>
</div>"""


def post_graph(post: Post) -> list[dict[str, Any]]:
    url = post.url
    img = upload(post.first_image)
    graph: list[dict[str, Any]] = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": post.wp_author, "@id": person_id(post.wp_author)},
         "headline": post.title, "datePublished": utc_iso(post.date), "dateModified": utc_iso(post.modified),
         "mainEntityOfPage": {"@id": url}, "wordCount": post.word_count, "commentCount": 0,
         "publisher": {"@id": f"{BASE}/#organization"}, "image": {"@id": f"{url}#primaryimage"},
         "thumbnailUrl": img, "keywords": post.tags, "articleSection": post.categories,
         "inLanguage": "de-DE",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{post.title} - {SITE_NAME}",
         "isPartOf": {"@id": f"{BASE}/#website"}, "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img,
         "datePublished": utc_iso(post.date), "dateModified": utc_iso(post.modified),
         "description": post.description, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "de-DE",
         "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "de-DE", "@id": f"{url}#primaryimage", "url": img,
         "contentUrl": img, "width": 1200, "height": 800},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Startseite", "item": f"{BASE}/"},
            {"@type": "ListItem", "position": 2, "name": post.primary,
             "item": f"{BASE}/category/{slugify(post.primary)}/"},
            {"@type": "ListItem", "position": 3, "name": post.title}]},
        *org_graph(),
        {"@type": "Person", "@id": person_id(post.wp_author), "name": post.wp_author,
         "image": {"@type": "ImageObject", "inLanguage": "de-DE", "@id": f"{BASE}/#/schema/person/image/",
                   "url": f"https://secure.gravatar.com/avatar/{md5(post.wp_author)}?s=96&d=mm&r=g",
                   "contentUrl": f"https://secure.gravatar.com/avatar/{md5(post.wp_author)}?s=96&d=mm&r=g",
                   "caption": post.wp_author},
         "url": f"{BASE}/author/{slugify(post.wp_author)}/"},
    ]
    return graph


def render_post(site: Site, post: Post, idx: int) -> str:
    minutes = max(1, round(post.word_count / 200))
    meta = (f'\t<meta property="article:published_time" content="{utc_iso(post.date)}" />\n'
            f'\t<meta property="article:modified_time" content="{utc_iso(post.modified)}" />\n'
            f'\t<meta property="article:section" content="{esc(post.primary)}" />\n'
            + "".join(f'\t<meta property="article:tag" content="{esc(t)}" />\n' for t in post.tags)
            + f'\t<meta property="og:image" content="{upload(post.first_image)}" />\n'
            f'\t<meta property="og:image:width" content="1200" />\n\t<meta property="og:image:height" content="800" />\n'
            f'\t<meta property="og:image:type" content="image/jpeg" />\n'
            f'\t<meta name="author" content="{esc(post.wp_author)}" />\n'
            f'\t<meta name="twitter:label1" content="Verfasst von" />\n\t<meta name="twitter:data1" content="{esc(post.wp_author)}" />\n'
            f'\t<meta name="twitter:label2" content="Gesch&auml;tzte Lesezeit" />\n\t<meta name="twitter:data2" content="{minutes} Minute{"n" if minutes > 1 else ""}" />\n')
    feed_links = (f'<link rel="alternate" type="application/rss+xml" title="inHerne &raquo; {esc(post.title)}-Kommentar-Feed" '
                  f'href="{post.url}feed/" />\n')
    out = [head(title=f"{post.title} - {SITE_NAME}", description=post.description, canonical=post.url,
                og_type="article", graph=post_graph(post), extra_meta=meta, feed_links=feed_links,
                shortlink=f"{BASE}/?p={post.id}")]
    out.append(f'<body class="post-template-default single single-post postid-{post.id} single-format-standard '
               f'wp-custom-logo cookies-not-set">\n')
    out.append(site_header(current=post.primary))
    out.append(f'\t\t<div class="breadcrumbs"><span><span><a href="{BASE}/">Startseite</a></span> &raquo; '
               f'<span><a href="{BASE}/category/{slugify(post.primary)}/">{esc(post.primary)}</a></span> &raquo; '
               f'<span class="breadcrumb_last" aria-current="page">{esc(post.title)}</span></span></div>\n\n')
    kicker = f'\t\t\t\t<p class="entry-kicker">{esc(post.kicker)}</p>\n' if post.kicker else ""
    tags = ", ".join(f'<a href="{BASE}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in post.tags)
    tags_html = f'<span class="tags-links">Schlagw&ouml;rter: {tags}</span>\n' if tags else ""
    older = site.posts[idx + 1] if idx + 1 < len(site.posts) else None
    newer = site.posts[idx - 1] if idx > 0 else None
    nav = ""
    if older:
        nav += (f'<div class="nav-previous"><a href="{older.url}" rel="prev"><span class="meta-nav">Vorheriger Beitrag</span> '
                f'{esc(older.title)}</a></div>')
    if newer:
        nav += (f'<div class="nav-next"><a href="{newer.url}" rel="next"><span class="meta-nav">N&auml;chster Beitrag</span> '
                f'{esc(newer.title)}</a></div>')
    share = post.url
    out.append(f"""	<div id="primary" class="content-area">
		<main id="main" class="site-main">

		<article id="post-{post.id}" class="{post_classes(post)}">
			<header class="entry-header">
{kicker}				<h1 class="entry-title">{esc(post.title)}</h1>
				<div class="entry-meta">
					{date_line(post)}
				</div><!-- .entry-meta -->
			</header><!-- .entry-header -->

			<div class="entry-content">

{post.content_html}
{related_block(site, post)}
			</div><!-- .entry-content -->

			<footer class="entry-footer">
				{tags_html}				<div class="share-buttons"><span class="share-label">Beitrag teilen:</span>
					<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Facebook</a>
					<a class="share-x" href="https://twitter.com/intent/tweet?url={share}&amp;text={esc(post.title)}" target="_blank" rel="noopener">X</a>
					<a class="share-whatsapp" href="https://api.whatsapp.com/send?text={share}" target="_blank" rel="noopener">WhatsApp</a>
					<a class="share-mail" href="mailto:?subject={esc(post.title)}&amp;body={share}">E-Mail</a>
				</div>
			</footer><!-- .entry-footer -->
		</article><!-- #post-{post.id} -->

			<nav class="navigation post-navigation" aria-label="Beitr&auml;ge">
				<h2 class="screen-reader-text">Beitragsnavigation</h2>
				<div class="nav-links">{nav}</div>
			</nav>

			<div id="comments" class="comments-area">
				<div id="respond" class="comment-respond">
					<h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="{post.url}#respond" style="display:none;">Antworten abbrechen</a></small></h3>
					<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
						<p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht ver&ouml;ffentlicht.</span> <span class="required-field-message">Erforderliche Felder sind mit <span class="required">*</span> markiert</span></p>
						<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
						<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
						<p class="comment-form-email"><label for="email">E-Mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
						<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
						<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser f&uuml;r die n&auml;chste Kommentierung speichern.</label></p>
						<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken" /> <input type='hidden' name='comment_post_ID' value='{post.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p>
					</form>
				</div><!-- #respond -->
			</div><!-- #comments -->

		</main><!-- #main -->
	</div><!-- #primary -->

""")
    out.append(sidebar(site))
    out.append(FOOTER)
    return "".join(out)


# ---------------------------------------------------------------- listings


def listing_article(post: Post) -> str:
    ex, more = words_excerpt(post.excerpt, 30)
    ex = esc(ex) + (" [&hellip;]" if more else "")
    kicker = f'<p class="entry-kicker">{esc(post.kicker)}</p>\n\t\t\t\t' if post.kicker else ""
    return f"""		<article id="post-{post.id}" class="{post_classes(post)}">
			<a class="post-thumbnail" href="{post.url}" aria-hidden="true" tabindex="-1"><img width="350" height="200" src="{upload(post.first_image, "350x200")}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" /></a>
			<header class="entry-header">
				{kicker}<h2 class="entry-title"><a href="{post.url}" rel="bookmark">{esc(post.title)}</a></h2>
				<div class="entry-meta">{date_line(post, link=False)}</div>
			</header>
			<div class="entry-summary"><p>{ex}</p></div>
			<footer class="entry-footer"><a class="more-link" href="{post.url}">Weiterlesen<span class="screen-reader-text"> &bdquo;{esc(post.title)}&ldquo;</span></a></footer>
		</article>
"""


def pagination(base_url: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    def href(n: int) -> str:
        return base_url if n == 1 else f"{base_url}page/{n}/"
    links = []
    if page > 1:
        links.append(f'<a class="prev page-numbers" href="{href(page - 1)}">Zur&uuml;ck</a>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        links.append(f'<a class="next page-numbers" href="{href(page + 1)}">Weiter</a>')
    return (f'\n\t<nav class="navigation pagination" aria-label="Beitr&auml;ge">\n\t\t<h2 class="screen-reader-text">'
            f'Beitragsnavigation</h2>\n\t\t<div class="nav-links">{"".join(links)}</div>\n\t</nav>\n')


def render_archive(site: Site, *, posts: list[Post], base_url: str, page: int, heading: str, body_class: str,
                   doc_title: str, description: str, current: str, feed_link: str = "", intro: str = "") -> str:
    pages = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    url = base_url if page == 1 else f"{base_url}page/{page}/"
    graph = [{"@type": "CollectionPage", "@id": url, "url": url, "name": doc_title,
              "isPartOf": {"@id": f"{BASE}/#website"}, "inLanguage": "de-DE"}, *org_graph()]
    extra_meta = ""
    if page > 1:
        extra_meta += f'\t<link rel="prev" href="{base_url if page == 2 else f"{base_url}page/{page - 1}/"}" />\n'
    if page < pages:
        extra_meta += f'\t<link rel="next" href="{base_url}page/{page + 1}/" />\n'
    out = [head(title=doc_title, description=description, canonical=url, og_type="website" if base_url == f"{BASE}/"
                else "article", graph=graph, extra_meta=extra_meta, feed_links=feed_link)]
    paged = f" paged paged-{page}" if page > 1 else ""
    out.append(f'<body class="{body_class}{paged} wp-custom-logo cookies-not-set">\n')
    out.append(site_header(current=current))
    header = f'\t\t<header class="page-header">\n\t\t\t<h1 class="page-title">{heading}</h1>\n{intro}\t\t</header>\n' \
        if heading else ""
    out.append(f"""	<div id="primary" class="content-area">
		<main id="main" class="site-main">
{header}
{"".join(listing_article(p) for p in chunk)}{pagination(base_url, page, pages)}
		</main><!-- #main -->
	</div><!-- #primary -->

""")
    out.append(sidebar(site))
    out.append(FOOTER)
    return "".join(out)


# ---------------------------------------------------------------- pages that are not articles

STATIC_PAGES: list[dict[str, Any]] = [
    {"slug": "impressum", "id": 212, "title": "Impressum", "modified": "2023-01-16T09:12:40+01:00",
     "description": "Impressum des Stadtmagazins inHerne.", "body": """
<h2 class="wp-block-heading">Herausgeber</h2>



<p>Stadt Herne<br>Der Oberbürgermeister<br>Fachbereich Kommunikation<br>Friedrich-Ebert-Platz 2<br>44623 Herne</p>



<p>Telefon: 0 23 23 / 16 - 0<br>Telefax: 0 23 23 / 16 - 23 77<br>E-Mail: <a href="mailto:redaktion@inherne.net">redaktion@inherne.net</a></p>



<p>Die Stadt Herne ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den Oberbürgermeister. Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: DE 124 578 390</p>



<h2 class="wp-block-heading">Redaktion</h2>



<p>Verantwortlich im Sinne des § 18 Abs. 2 MStV: Ramona Liebig, Leiterin des Fachbereichs Kommunikation (Anschrift wie oben)</p>



<p>Redaktion: Christoph Hüsken, Anke Dreesbach, Jonas Kuhlmann, Martina Leiendecker, Timo Osterfeld</p>



<h2 class="wp-block-heading">Fotos</h2>



<p>Soweit nicht anders angegeben: Stadt Herne. Fotografinnen und Fotografen der Stadt: Frank Dieper, Thomas Schmidt, Ole Brinkmann.</p>



<h2 class="wp-block-heading">Haftungshinweis</h2>



<p>Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.</p>
"""},
    {"slug": "kontakt", "id": 214, "title": "Kontakt", "modified": "2022-08-30T13:47:05+02:00",
     "description": "So erreichen Sie die Redaktion von inHerne.", "body": """
<p>Sie haben ein Thema für uns, eine Frage zum Heft oder möchten inherne kostenlos nach Hause bekommen? Schreiben Sie uns oder rufen Sie an.</p>



<div class="wp-block-columns"><div class="wp-block-column">
<h3 class="wp-block-heading">Redaktion inherne</h3>



<p>Rathaus Herne, Zimmer 214<br>Friedrich-Ebert-Platz 2<br>44623 Herne<br>Telefon: 0 23 23 / 16 - 22 05<br>E-Mail: <a href="mailto:redaktion@inherne.net">redaktion@inherne.net</a></p>
</div>



<div class="wp-block-column">
<h3 class="wp-block-heading">Anzeigen und Vertrieb</h3>



<p>Telefon: 0 23 23 / 16 - 22 12<br>Fax: 0 23 23 / 16 - 23 77<br>Sprechzeiten: montags bis donnerstags 8.30 bis 15.30 Uhr, freitags 8.30 bis 12 Uhr</p>
</div></div>



<p>Das Magazin erscheint viermal im Jahr in einer Auflage von 45.000 Exemplaren und liegt in allen Bürgerbüros, Bibliotheken und vielen Geschäften aus.</p>
"""},
    {"slug": "datenschutz", "id": 3, "title": "Datenschutzerklärung", "modified": "2023-05-22T10:05:18+02:00",
     "description": "", "body": """
<h2 class="wp-block-heading">1. Verantwortliche Stelle</h2>



<p>Verantwortlich für die Datenverarbeitung auf dieser Website ist die Stadt Herne, Friedrich-Ebert-Platz 2, 44623 Herne. Den behördlichen Datenschutzbeauftragten erreichen Sie unter datenschutz@herne.de oder Telefon 0 23 23 / 16 - 29 91.</p>



<h2 class="wp-block-heading">2. Cookies</h2>



<p>Diese Website verwendet ein technisch notwendiges Cookie, das Ihre Entscheidung zum Cookie-Hinweis für 30 Tage speichert. Weitere Cookies setzen wir nur mit Ihrer Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO.</p>



<h2 class="wp-block-heading">3. Kommentare</h2>



<p>Wenn Sie einen Kommentar schreiben, speichern wir Ihren Namen, Ihre E-Mail-Adresse und die IP-Adresse für sechs Monate, um Missbrauch verfolgen zu können.</p>
"""},
]

ISSUES = [(2024, 2, "Sommer"), (2024, 1, "Frühjahr"), (2023, 4, "Winter"), (2023, 3, "Herbst"), (2023, 2, "Sommer"),
          (2022, 4, "Winter"), (2021, 2, "Sommer"), (2020, 2, "Sommer"), (2019, 3, "Herbst")]


def archive_magazine_page() -> dict[str, Any]:
    rows = []
    for year, no, season in ISSUES:
        size = f"{6 + (year * 7 + no * 3) % 9},{(year + no) % 10} MB"
        rows.append(f'<li><a href="{upload(f"{year}/{3 * no:02d}/inherne-{no}-{year}.pdf")}">inherne {no} | {year}</a> '
                    f"({season}-Ausgabe, PDF, {size})</li>")
    body = f"""
<p>Hier finden Sie die Ausgaben des gedruckten Stadtmagazins inherne als PDF zum Herunterladen. Ältere Ausgaben schicken wir Ihnen auf Anfrage gern zu.</p>



<ul class="wp-block-list">{"".join(rows)}</ul>



<p>Die gedruckte Ausgabe liegt kostenlos im Rathaus Herne, im Rathaus Wanne und in den Stadtbüchereien aus. <a href="{BASE}/kontakt/">Kontakt zur Redaktion</a></p>
"""
    return {"slug": "inherne-archiv-2", "id": 1187, "title": "inherne-Archiv", "modified": "2024-06-27T11:30:02+02:00",
            "description": "Alle Ausgaben des Stadtmagazins inherne als PDF.", "body": body}


def render_page(site: Site, page: dict[str, Any]) -> str:
    url = f"{BASE}/{page['slug']}/"
    modified = datetime.fromisoformat(page["modified"])
    graph = [{"@type": "WebPage", "@id": url, "url": url, "name": f"{page['title']} - {SITE_NAME}",
              "isPartOf": {"@id": f"{BASE}/#website"}, "datePublished": "2018-03-12T10:00:00+00:00",
              "dateModified": utc_iso(modified), "inLanguage": "de-DE",
              "potentialAction": [{"@type": "ReadAction", "target": [url]}]}, *org_graph()]
    meta = f'\t<meta property="article:modified_time" content="{utc_iso(modified)}" />\n'
    out = [head(title=f"{page['title']} - {SITE_NAME}", description=page["description"], canonical=url,
                og_type="article", graph=graph, extra_meta=meta, shortlink=f"{BASE}/?page_id={page['id']}")]
    out.append(f'<body class="page-template-default page page-id-{page["id"]} wp-custom-logo cookies-not-set">\n')
    out.append(site_header(current="Magazin-Archiv" if page["slug"] == "inherne-archiv-2" else ""))
    out.append(f"""	<div id="primary" class="content-area">
		<main id="main" class="site-main">

		<article id="post-{page['id']}" class="post-{page['id']} page type-page status-publish hentry">
			<header class="entry-header">
				<h1 class="entry-title">{esc(page['title'])}</h1>
			</header><!-- .entry-header -->

			<div class="entry-content">
{page['body']}
			</div><!-- .entry-content -->
		</article><!-- #post-{page['id']} -->

		</main><!-- #main -->
	</div><!-- #primary -->

""")
    out.append(sidebar(site))
    out.append(FOOTER)
    return "".join(out)


# ---------------------------------------------------------------- feeds and sitemaps


def rss(*, title: str, link: str, self_url: str, items: list[Post], description: str = SITE_DESC,
        comments: bool = False) -> str:
    newest = max((p.modified for p in items), default=datetime(2024, 6, 27, 11, 30, tzinfo=UTC))
    parts = [f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{esc(title)}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{esc(description)}</description>
	<lastBuildDate>{rfc822(newest)}</lastBuildDate>
	<language>de-DE</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
"""]
    for p in items:
        ex, more = words_excerpt(p.excerpt, 55)
        cats = "".join(f"\t\t<category><![CDATA[{c}]]></category>\n" for c in p.categories + p.tags)
        parts.append(f"""	<item>
		<title>{esc(p.title)}</title>
		<link>{p.url}</link>
		<comments>{p.url}#respond</comments>
		<dc:creator><![CDATA[{p.wp_author}]]></dc:creator>
		<pubDate>{rfc822(p.date)}</pubDate>
{cats}		<guid isPermaLink="false">{BASE}/?p={p.id}</guid>

		<description><![CDATA[{ex}{" [&#8230;]" if more else ""}]]></description>
		<content:encoded><![CDATA[{p.content_html}]]></content:encoded>

		<wfw:commentRss>{p.url}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
""")
    parts.append("\t</channel>\n</rss>\n")
    return "".join(parts)


def comments_feed(title: str, link: str, self_url: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{esc(SITE_DESC)}</description>
	<lastBuildDate>Thu, 27 Jun 2024 09:30:02 +0000</lastBuildDate>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
</channel>
</rss>
"""


SITEMAP_HEAD = (f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
                f'href="{BASE}/wp-sitemap.xsl" ?>\n')


def urlset(entries: list[tuple[str, str]]) -> str:
    rows = "".join(f"<url><loc>{loc}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>"
                   for loc, lm in entries)
    return f'{SITEMAP_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'


# ---------------------------------------------------------------- gold and checks


def gold_of(post: Post) -> dict[str, Any]:
    g = post.gold
    def credit(c: dict[str, Any]) -> dict[str, Any]:
        return {"name": c.get("name"), "organization": c.get("organization")}
    def quote(q: dict[str, Any]) -> dict[str, Any]:
        return {"text": q["text"], "speaker": q.get("speaker")}
    def figure(f: dict[str, Any]) -> dict[str, Any]:
        return {"value": f["value"], "unit": f.get("unit")}
    return {
        "url": post.url,
        "title": post.title,
        "published": post.date.date().isoformat(),
        "category": list(g.get("category", post.categories)),
        "authors": list(g["authors"]),
        "credits": [credit(c) for c in g["credits"]],
        "quotes": [quote(q) for q in g.get("quotes", [])],
        "optional_quotes": [quote(q) for q in g.get("optional_quotes", [])],
        "figures": [figure(f) for f in g.get("figures", [])],
        "optional_figures": [figure(f) for f in g.get("optional_figures", [])],
    }


def check_post(post: Post, review: bool) -> list[str]:
    """Errors: gold that the page does not bear out. With review, also print what to annotate."""
    errors = []
    text = squash(post.body_text)
    g = gold_of(post)
    for key in ("quotes", "optional_quotes"):
        for q in g[key]:
            if squash(q["text"]) not in text:
                errors.append(f"{post.src.name}: {key} text not in body: {q['text'][:60]!r}")
            last = (q["speaker"] or "").split()[-1:] or ["?"]
            if last[0].casefold() not in (text + " " + post.caption_text).casefold():
                errors.append(f"{post.src.name}: speaker {q['speaker']!r} not named on the page")
    for a in g["authors"]:
        if a.split()[-1] not in post.author_line and a != post.wp_author:
            errors.append(f"{post.src.name}: author {a!r} not on the page")
    for c in g["credits"]:
        needle = c["name"] or c["organization"]
        if needle not in post.caption_text and needle not in post.author_line:
            errors.append(f"{post.src.name}: credit {needle!r} not on the page")
    if review:
        print(f"\n=== {post.slug} ({post.word_count} Wörter)")
        annotated = [squash(q["text"]) for q in g["quotes"] + g["optional_quotes"]]
        skip = [squash(s) for s in post.gold.get("not_quotes", [])]
        for m in QUOTED_SPAN.finditer(text):
            span = squash(next(x for x in m.groups() if x is not None))
            if not any(span in a or a in span for a in annotated + skip):
                print(f"  UNANNOTATED QUOTED SPAN: {span[:80]!r}")
        for m in NUMBER_TOKEN.finditer(text):
            lo, hi = max(0, m.start() - 35), min(len(text), m.end() + 35)
            print(f"  {m.group(0):>12}  …{text[lo:hi]}…")
        print("  figures:", ", ".join(f"{f['value']} {f['unit']}" for f in g["figures"]))
        print("  optional:", ", ".join(f"{f['value']} {f['unit']}" for f in g["optional_figures"]))
    return errors


# ---------------------------------------------------------------- build


def build(review: bool = False, only: str = "") -> int:
    posts = [load_post(p) for p in sorted(SRC.glob("*.toml"))]
    if len({p.slug for p in posts}) != len(posts) or len({p.id for p in posts}) != len(posts):
        sys.exit("duplicate slug or post id")
    if any(p.slug == MISSING_SLUG for p in posts):
        sys.exit(f"{MISSING_SLUG} must stay absent: a post links to it to give the crawler a 404")
    posts.sort(key=lambda p: p.date, reverse=True)
    for p in posts:
        render_content(p)
    site = Site(posts)

    errors = [e for p in posts for e in check_post(p, review and only in p.slug)]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)

    for i, p in enumerate(posts):
        write(page_file(f"/{p.slug}/"), render_post(site, p, i))
        write(page_file(f"/{p.slug}/feed/", "xml"),
              comments_feed(f"Kommentare zu: {p.title}", p.url, f"{p.url}feed/"))

    # home and its pages
    pages = -(-len(posts) // PER_PAGE)
    for n in range(1, pages + 1):
        path = "/" if n == 1 else f"/page/{n}/"
        title = f"{SITE_NAME} - {SITE_DESC}" if n == 1 else f"{SITE_NAME} - Seite {n} von {pages} - {SITE_DESC}"
        write(page_file(path), render_archive(site, posts=posts, base_url=f"{BASE}/", page=n, heading="",
                                              body_class="home blog", doc_title=title, description=SITE_DESC,
                                              current="Startseite"))

    # categories
    cat_posts = {c: [p for p in posts if c in p.categories] for c in CATEGORIES}
    for c, cps in cat_posts.items():
        slug = slugify(c)
        base_url = f"{BASE}/category/{slug}/"
        n_pages = max(1, -(-len(cps) // PER_PAGE))
        feed_link = (f'<link rel="alternate" type="application/rss+xml" title="inHerne &raquo; {esc(c)}-Kategorie-Feed" '
                     f'href="{base_url}feed/" />\n')
        for n in range(1, n_pages + 1):
            path = f"/category/{slug}/" if n == 1 else f"/category/{slug}/page/{n}/"
            title = f"{c} Archive - {SITE_NAME}" if n == 1 else f"{c} Archive - Seite {n} von {n_pages} - {SITE_NAME}"
            write(page_file(path), render_archive(
                site, posts=cps, base_url=base_url, page=n, heading=f"Kategorie: <span>{esc(c)}</span>",
                body_class=f"archive category category-{slug} category-{CATEGORY_IDS[c]}", doc_title=title,
                description=f"Nachrichten aus Herne: {c}", current=c, feed_link=feed_link))
        write(page_file(f"/category/{slug}/feed/", "xml"),
              rss(title=f"{c} Archive - {SITE_NAME}", link=base_url, self_url=f"{base_url}feed/",
                  items=cps[:FEED_ITEMS]))

    # tags
    tags: dict[str, tuple[str, list[Post]]] = {}
    for p in posts:
        for t in p.tags:
            tags.setdefault(slugify(t), (t, []))[1].append(p)
    for slug, (name, tps) in sorted(tags.items()):
        base_url = f"{BASE}/tag/{slug}/"
        n_pages = max(1, -(-len(tps) // PER_PAGE))
        for n in range(1, n_pages + 1):
            path = f"/tag/{slug}/" if n == 1 else f"/tag/{slug}/page/{n}/"
            write(page_file(path), render_archive(
                site, posts=tps, base_url=base_url, page=n, heading=f"Schlagwort: <span>{esc(name)}</span>",
                body_class=f"archive tag tag-{slug}", doc_title=f"{name} Archive - {SITE_NAME}",
                description="", current=""))

    # pages that are not articles
    static = [*STATIC_PAGES, archive_magazine_page()]
    for page in static:
        write(page_file(f"/{page['slug']}/"), render_page(site, page))

    # feeds
    write(page_file("/feed/", "xml"), rss(title=SITE_NAME, link=f"{BASE}/", self_url=f"{BASE}/feed/",
                                          items=posts[:FEED_ITEMS]))
    write(page_file("/comments/feed/", "xml"),
          comments_feed(f"Kommentare für {SITE_NAME}", f"{BASE}/", f"{BASE}/comments/feed/"))

    # sitemaps (WordPress core)
    index_rows = "".join(f"<sitemap><loc>{BASE}/{name}</loc></sitemap>" for name in (
        "wp-sitemap-posts-post-1.xml", "wp-sitemap-posts-page-1.xml", "wp-sitemap-taxonomies-category-1.xml",
        "wp-sitemap-taxonomies-post_tag-1.xml"))
    write(OUT / "wp-sitemap.xml",
          f'{SITEMAP_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index_rows}</sitemapindex>\n')
    write(OUT / "wp-sitemap-posts-post-1.xml", urlset([(p.url, utc_iso(p.modified)) for p in posts]))
    write(OUT / "wp-sitemap-posts-page-1.xml", urlset(
        [(f"{BASE}/", utc_iso(posts[0].modified))]
        + [(f"{BASE}/{pg['slug']}/", utc_iso(datetime.fromisoformat(pg["modified"]))) for pg in static]))
    write(OUT / "wp-sitemap-taxonomies-category-1.xml",
          urlset([(f"{BASE}/category/{slugify(c)}/", "") for c in CATEGORIES if cat_posts[c]]))
    write(OUT / "wp-sitemap-taxonomies-post_tag-1.xml", urlset([(f"{BASE}/tag/{s}/", "") for s in sorted(tags)]))
    write(OUT / "wp-sitemap.xsl", """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
	xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">
	<xsl:output method="html" encoding="UTF-8" indent="yes" />
	<xsl:template match="/"><html><body><h1>XML-Sitemap</h1>
		<ul><xsl:for-each select="//sitemap:loc"><li><xsl:value-of select="." /></li></xsl:for-each></ul>
	</body></html></xsl:template>
</xsl:stylesheet>
""")
    write(OUT / "robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                              f"Sitemap: {BASE}/wp-sitemap.xml\n")

    # gold
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in GOLD.glob("inherne-*"):
        old.unlink()
    for p in posts:
        name = f"inherne-{p.slug}"
        write(GOLD / f"{name}.gold.json", json.dumps(gold_of(p), ensure_ascii=False, indent=2) + "\n")
        os.symlink(f"../../data/sample-site/www.inherne.net/{p.slug}/index.html", GOLD / f"{name}.html")

    n_q = sum(len(p.gold.get("quotes", [])) for p in posts)
    n_f = sum(len(p.gold.get("figures", [])) for p in posts)
    print(f"inherne.net: {len(posts)} posts, {pages} home pages, {n_q} gold quotes, {n_f} gold figures "
          f"-> {OUT.relative_to(REPO)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--review", action="store_true", help="list quoted spans and numbers of every post")
    ap.add_argument("--only", default="", metavar="SLUG", help="with --review: only posts whose slug contains this")
    args = ap.parse_args()
    return build(review=args.review, only=args.only)


if __name__ == "__main__":
    sys.exit(main())
