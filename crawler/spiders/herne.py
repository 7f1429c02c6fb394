"""herne.de press releases: the `herne` profile on the generic machinery (crawler/sites/herne.toml)."""

from __future__ import annotations

from .site import SiteSpider


class HerneSpider(SiteSpider):
    name = "herne"
    profile_slug = "herne"
