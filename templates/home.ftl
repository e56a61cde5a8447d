<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#import "lib/rounds.ftl" as rounds>
<#import "lib/charts.ftl" as charts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">What happened in each round of the 2025 trade talks between the United States and China, who said what,
when, and according to whom. The dossier holds ${page.quoteCount()} quotes from ${page.actorCount()} actors, each
traced to one of ${page.sourceCount()} <a href="${root}sources/index.html">sources</a>.</p>
<@parts.coverage coverage=page.coverage()/>
<@parts.standing standing=content.standing root=root/>
<@charts.timeline charts=content.charts/>
<p class="print-hide"><a href="${root}briefing-book.html">The briefing book</a>: every round on one page, to print or save as PDF.</p>
<section aria-labelledby="latest">
  <h2 id="latest">Latest developments</h2>
  <@parts.timelineItems items=page.latest() root=root/>
  <p><a href="${root}timeline.html">The whole timeline</a></p>
</section>
<section aria-labelledby="rounds">
  <h2 id="rounds">The rounds at a glance</h2>
  <@rounds.table rows=page.rounds() root=root/>
</section>
</@layout.page>
