<#ftl output_format="HTML">
<#-- The one page layout. Every page template calls <@layout.page ...> and puts its content inside. -->
<#-- editUrl: "Edit this page" on content pages, when jbake.properties (or -Dedit.base) sets edit.base. -->
<#macro page title description root editUrl=(content.edit_url)!"">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'">
<title>${title} · US–China trade talks 2025</title>
<meta name="description" content="${description}">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="stylesheet" href="${root}css/print.css" media="print">
<#-- content.meta: dossier.publish.PageMetadata, made for every page by the rendering tool. -->
<link rel="canonical" href="${content.meta.canonicalUrl()}">
<link rel="alternate" type="application/atom+xml" title="US–China trade talks 2025: rounds, events and quotes" href="${root}feed.xml">
<meta property="og:type" content="${content.meta.openGraphType()}">
<meta property="og:site_name" content="US–China trade talks 2025">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${content.meta.canonicalUrl()}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<#-- JSON-LD is data, not script: browsers do not run it, so script-src need not allow it. ?no_esc because
     HTML-escaping would corrupt the JSON; Java (dossier.publish.Json.forHtmlScript, unit-tested) wrote every
     "<" as \u003c, so nothing in it can close this element. -->
<script type="application/ld+json">${content.meta.jsonLd()?no_esc}</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-name" href="${root}index.html">US–China trade talks 2025</a>
  <nav aria-label="Sections">
    <#-- content.menu: dossier.site.Menu, which marks the current page and its section. -->
    <ul>
    <#list content.menu as item>
      <li><a href="${root}${item.url()}"<#if item.current()?has_content> aria-current="${item.current()}"</#if>>${item.label()}</a></li>
    </#list>
    </ul>
  </nav>
  <#-- Answered by search.html with the index made at bake time; without JavaScript that page lists the indexes. -->
  <form class="site-search" role="search" action="${root}search.html" method="get">
    <label for="site-search-q">Search</label>
    <input id="site-search-q" type="search" name="q" placeholder="Rounds, people, quotes…">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <p>A briefing dossier on the 2025 US–China trade talks. Every fact names its source; errors in sources are
  <a href="${root}corrections/index.html">corrected visibly</a>.
  <#if editUrl?has_content><a class="edit-link" href="${editUrl}">Edit this page</a> (its source file in the repository).</#if></p>
  <p>Follow and reuse: <a href="${root}feed.xml">Atom feed</a> · <a href="${root}rounds.ics">calendar of rounds</a> ·
  <a href="${root}data.html">data and feeds</a> (JSON exports and what each field means).</p>
</footer>
</body>
</html>
</#macro>
