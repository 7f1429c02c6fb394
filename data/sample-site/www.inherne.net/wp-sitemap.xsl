<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
	xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">
	<xsl:output method="html" encoding="UTF-8" indent="yes" />
	<xsl:template match="/"><html><body><h1>XML-Sitemap</h1>
		<ul><xsl:for-each select="//sitemap:loc"><li><xsl:value-of select="." /></li></xsl:for-each></ul>
	</body></html></xsl:template>
</xsl:stylesheet>
