"""inherne.net, Herne's city magazine: the `inherne` profile on the generic machinery (crawler/sites/inherne.toml)."""

from __future__ import annotations

from .site import SiteSpider


class InherneSpider(SiteSpider):
    name = "inherne"
    profile_slug = "inherne"
