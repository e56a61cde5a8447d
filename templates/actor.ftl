<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="actor">
  <p class="kicker">${page.side()} · ${page.kind()}</p>
  <h1>${page.title()}<#if page.nativeName()??> <span lang="${page.nativeName().language()}">${page.nativeName().text()}</span></#if></h1>
  <p class="meta">${page.role()}</p>
  <@parts.corrections notes=page.corrections() root=root/>
  <section class="briefing" aria-labelledby="profile"><h2 id="profile">Profile</h2>${content.body?no_esc}</section>
  <#if page.roundsNotRecorded()?has_content>
  <section aria-labelledby="rounds"><h2 id="rounds">Rounds attended</h2><p>${page.roundsNotRecorded()}</p></section>
  <#else>
  <@parts.section title="Rounds attended" id="rounds" items=page.rounds() root=root/>
  </#if>
  <#if page.quotes()?has_content><section aria-labelledby="quotes"><h2 id="quotes">Quotes</h2><@parts.quotes items=page.quotes() root=root showSpeaker=false/></section></#if>
  <#if page.timeline()?has_content><section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2><@parts.months months=page.timeline() root=root headingLevel=3/></section></#if>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
