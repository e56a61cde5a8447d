<#ftl output_format="HTML">
<#-- The one page layout. Every page template calls <@layout.page ...> and puts its content inside. -->
<#-- editUrl: "Edit this page" on content pages, when jbake.properties (or -Dedit.base) sets edit.base. -->
<#macro page title description root sourcePath="" editUrl=(content.edit_url)!"">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'">
<title>${title} · US–China trade talks 2025</title>
<meta name="description" content="${description}">
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
    <ul>
      <li><a href="${root}timeline.html">Timeline</a></li>
      <li><a href="${root}rounds/index.html">Rounds</a></li>
      <li><a href="${root}measures/index.html">In force</a></li>
      <li><a href="${root}readouts/index.html">Readouts compared</a></li>
      <li><a href="${root}actors/index.html">Actors</a></li>
      <li><a href="${root}topics/index.html">Topics</a></li>
      <li><a href="${root}quotes/index.html">Quotes</a></li>
      <li><a href="${root}sources/index.html">Sources</a></li>
      <li><a href="${root}corrections/index.html">Corrections</a></li>
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
  <a href="${root}corrections/index.html">corrected visibly</a>.<#if sourcePath?has_content> This page is baked from <code>${sourcePath}</code>.</#if>
  <#if editUrl?has_content><a class="edit-link" href="${editUrl}">Edit this page</a> (its source file in the repository).</#if></p>
  <p>Follow and reuse: <a href="${root}feed.xml">Atom feed</a> · <a href="${root}rounds.ics">calendar of rounds</a> ·
  <a href="${root}data.html">data and feeds</a> (JSON exports and what each field means).</p>
</footer>
</body>
</html>
</#macro>
