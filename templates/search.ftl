<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<form class="search-page-form" role="search" action="search.html" method="get">
  <label for="search-q">Search every page</label>
  <input id="search-q" type="search" name="q">
  <button type="submit">Search</button>
</form>
<noscript><p class="note">Search runs in your browser and needs JavaScript, which is off. Every page can be
reached from the indexes below.</p></noscript>
<p id="search-status" role="status" class="note"></p>
<ol id="search-results" class="search-results"></ol>
<section aria-labelledby="browse">
  <h2 id="browse">Browse the dossier</h2>
  <@parts.links items=page.browse() root=root/>
</section>
<#-- lunr (copied from its WebJar), the manifest of the index made at this bake, and the search script: all from this site. -->
<script src="${root}js/lunr.min.js"></script>
<script src="${root}js/search/manifest.js"></script>
<script src="${root}js/search.js"></script>
</@layout.page>
