"""Selectors and patterns for finding an article's parts on unknown pages.

Data, not code: class and id fragments that German city CMSes (TYPO3, WordPress,
Drupal, Government Site Builder, imperia, NOLIS, IKISS) reliably emit, and the
German words that label page furniture. Compiled once.
"""

from __future__ import annotations

import re

# Tags that never hold article text.
NOISE_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input",
    "textarea", "object", "embed", "canvas", "map", "dialog", "video", "audio", "source", "link", "meta",
)  # fmt: skip

# Tags that hold page furniture when they are not the article's own.
FURNITURE_TAGS = ("nav", "aside")

HIDDEN_CLASSES = frozenset(
    {"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "aural", "unsichtbar",
     "invisible", "element-invisible", "hide", "d-none", "show-for-sr", "offscreen", "skiplink", "skip-link",
     "rs_skip", "print-only", "noprint-hidden"}
)  # fmt: skip
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Class/id words of page furniture. Matched against the whole class+id string.
BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:"
    r"cookie\w*|consent|gdpr|dsgvo|banner|nav\w*|menu\w*|mainmenu|submenu|subnav\w*|"
    r"breadcrumbs?|brotkrumen|brotkruemel|pfad|rootline|sidebar|marginal\w*|rechte_spalte|seitenspalte|"
    r"related\w*|verwandte\w*|relatedposts|jp-relatedposts|share\w*|sharing|social\w*|teilen|shariff|"
    r"comments?|kommentare?|respond|footer|fuss\w*|fusszeile|colophon|site-info|widget\w*|widget-area|"
    r"pager|pagination|paging|page-numbers|skip\w*|readspeaker|rsbtn|print|drucken|newsletter|"
    r"search|search-?form|searchbox|search-?field|search-?bar|suche|suchbox|suchfeld|suchformular|login|toolbar|tags-links|tag-links|post-navigation|nav-links|"
    r"backlink|news-backlink-wrap|zurueck|contactbox|kontaktbox|kontakt-box|ansprechpartner\w*|"
    r"pressekontakt|box_presse|servicebox|infobox-kontakt|newsticker|ticker|teaserbox|teaser-list|"
    r"teaserliste|news-list-view|latest-news|recent\w*|weitere\w*|advert\w*|werbung|ad-slot|"
    r"masthead|header|kopf|site-header|site-branding|header-wrap|topbar|servicenavigation|metanav|navservice\w*|"
    r"logo|lightbox-overlay|modal|popup|overlay|tooltip|socialmedia|follow-us|app-teaser|box_app"
    r")(?=$|[\s_-])",
    re.IGNORECASE,
)
# Class tokens of page builders (Elementor, Divi, WPBakery, Beaver Builder, Avada, Bricks, Kadence,
# Spectra), whose "widget" is any block of the page, not a sidebar widget.
PAGE_BUILDER_TOKEN = re.compile(
    r"(?:elementor|et_pb|vc|wpb|fl|fusion|brxe|kb|uagb|ast|jet)[-_]", re.IGNORECASE
)
BUILDER_WIDGET = re.compile(r"[-_]widgets?(?=$|[-_])", re.IGNORECASE)
# Words that mark a container as the content even when a furniture word is also present.
CONTENT_HINT = re.compile(
    r"article|artikel|content|inhalt|main|entry|post|story|meldung|news-?detail|news-single|bodytext|text",
    re.IGNORECASE,
)

# Containers that CMSes use for the article text, most specific first.
BODY_CLASS = re.compile(
    r"(?:^|\s)(?:entry-content|post-content|body-text|article-content|article-body|article__body|articlebody|"
    r"news-text-wrap|news-text|field--name-body|field-name-body|field--type-text-with-summary|node__content|"
    r"textile|meldung_inhalt|news-detail__text|newsdetail|news-body|post-body|story-body|single-content|"
    r"td-post-content|ce-bodytext|bodytext|artikel-text|artikeltext|detail-text|detailtext|text-content|"
    r"rich-text|richtext|page-content|wp-block-post-content|content-text|article-text|pm-text|"
    r"news__text|news_text|newstext|nachricht-text|mitteilung|meldungstext)(?=$|\s)",
    re.IGNORECASE,
)

# Captions and credits.
CAPTION_CLASS = re.compile(
    r"caption|bildunterschrift|bildtext|bildbeschreibung|image-annotation|legende|figcaption|"
    r"img-text|image-text|bu(?:$|[\s_-])|unterschrift|image__caption|media-caption",
    re.IGNORECASE,
)
CREDIT_CLASS = re.compile(
    r"copyright|credit|bildnachweis|bildquelle|quelle|fotograf|photographer|image__copyright|urheber|nachweis",
    re.IGNORECASE,
)
IMAGE_CONTAINER_CLASS = re.compile(
    r"figure|image|img|bild|picture|photo|foto|media|gallery|galerie|wp-caption|wp-block-image", re.IGNORECASE
)

# Lead paragraphs.
LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:teaser-text|teaser|lead|lede|abstract|intro|introduction|summary|vorspann|einleitung|"
    r"standfirst|subline|article-lead|news-teaser|entry-summary|field--name-field-teaser|field--name-field-lead|"
    r"field--name-field-summary)(?=$|[\s_-])",
    re.IGNORECASE,
)
KICKER_CLASS = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|spitzmarke|subtitle-top|entry-kicker|news-kicker",
    re.IGNORECASE,
)
META_CLASS = re.compile(
    r"(?:^|[\s_-])(?:meta|entry-meta|post-meta|article-meta|info|byline|author|autor|date|datum|posted-on|"
    r"published|updated|time|news-list-date|news-list-category|news-list-author|cat-links|categories|"
    r"category|kategorie|rubrik|meldung_datum|node__meta|submitted|dateline|footer|text-meta|updated)(?=$|[\s_-])",
    re.IGNORECASE,
)
CATEGORY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:cat-links|categories|category|kategorie|kategorien|rubrik|news-list-category|"
    r"field--name-field-category|field--name-field-tags-category|thema|topic|section|rubric|ressort)(?=$|[\s_-])",
    re.IGNORECASE,
)
# Class tokens of a category label in an article's header, where the stricter list above misses
# it: "post-cat", "press-cat", "press-detail__label", "news-rubric", "topic-tag".
HEADER_LABEL_CLASS = re.compile(
    r"(?:^|[_-])cats?(?:$|[_-])|categor|kategor|rubri[ck]|thema|topic|label(?![-_](?:hidden|above|inline|visually))"
)
# WordPress and Drupal taxonomy classes: the post's terms ("category-kultur", "tag-fest", "term-12").
TAXONOMY_TOKEN = re.compile(
    r"^(?:tag|category|categories|term|post-tag|format|postid|page-id|author)-|^post-\d"
)
# Links into a category archive: WordPress's /category/…, German /kategorie/, /rubrik/, /ressort/.
CATEGORY_HREF = re.compile(
    r"/(?:category|kategorie|kategorien|rubrik|ressort)/[^/?#]+/?(?:$|[?#])", re.IGNORECASE
)
AUTHOR_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|autor|autorin|byline|news-list-author|field--name-field-author|"
    r"field--name-uid|submitted|vcard|writer|verfasser)(?=$|[\s_-])",
    re.IGNORECASE,
)

# Headings that introduce page furniture inside the content column.
FURNITURE_HEADING = re.compile(
    r"^(?:weitere (?:meldungen|nachrichten|pressemitteilungen|artikel|beiträge|themen|informationen zum thema)|"
    r"das könnte sie auch interessieren|(?:das|dies) könnte (?:sie|dich) auch interessieren|"
    r"verwandte (?:meldungen|artikel|themen|beiträge|nachrichten)|ähnliche (?:beiträge|artikel|meldungen)|"
    r"mehr zum thema|lesen sie auch|auch interessant|aktuelle (?:meldungen|nachrichten)|neueste beiträge|"
    r"neue beiträge|letzte beiträge|pressekontakt|pressestelle|kontakt|ihr kontakt|ansprechpartner(?:in)?|"
    r"ansprechpersonen|downloads?|dokumente|schlagw(?:ö|o)rter|tags|teilen|diese seite teilen|beitrag teilen|"
    r"social media|newsletter|kommentare?|schreibe einen kommentar|hinterlasse einen kommentar|"
    r"pressemitteilung als pdf|links zum thema|weiterführende links|service|navigation|archiv)\s*:?$",
    re.IGNORECASE,
)

# Breadcrumb and listing words that are not a category.
GENERIC_SECTIONS = frozenset(
    """
    startseite homepage home start aktuelles aktuell news nachrichten meldungen pressemitteilungen
    pressemitteilung presse pressemeldungen presseinformationen pressemitteilungen-archiv pressearchiv
    archiv neuigkeiten mitteilungen aktuelle meldungen blog beiträge artikel magazin rathaus
    stadtverwaltung verwaltung übersicht alle news alle meldungen news-übersicht newsroom de en
    """.split()
)

# "28. Mai 2020 | Gesellschaft": a date and a label separated by a bar or bullet.
DATE_PIPE_CATEGORY = re.compile(r"^\s*(?P<date>[^|•·]{6,40}?)\s*[|•·]\s*(?P<cat>[^|•·\d][^|•·]{1,40}?)\s*$")

# Title separators: "Titel - Stadt Herne", "Stadt Hamm: Titel", "Titel | inHerne".
TITLE_SEPARATORS = re.compile(r"\s+[-|–—•·:»]\s+|\s*\|\s*|:\s+")
