<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="topic">
  <p class="kicker">Topic</p>
  <h1>${page.title()}</h1>
  <p class="outcome">${page.summary()}</p>
  <@parts.corrections notes=page.corrections() root=root/>
  <section class="briefing" aria-labelledby="briefing"><h2 id="briefing">Briefing</h2>${content.body?no_esc}</section>
  <#if page.timeline()?has_content><section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2><@parts.months months=page.timeline() root=root headingLevel=3/></section></#if>
  <@parts.measureItems title="Measures" id="measures" items=page.measures() root=root/>
  <#if page.quotes()?has_content><section aria-labelledby="quotes"><h2 id="quotes">Quotes</h2><@parts.quotes items=page.quotes() root=root/></section></#if>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
