<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()} Jump to <a href="#by-speaker">by speaker</a> or <a href="#by-date">by date</a>.</p>
<section aria-labelledby="by-speaker">
  <h2 id="by-speaker">By speaker</h2>
  <#list page.bySpeaker() as speaker>
  <h3 id="speaker-${speaker.id()}">${speaker.label()}</h3>
  <@parts.quotes items=speaker.items() root=root showSpeaker=false/>
  </#list>
</section>
<section aria-labelledby="by-date">
  <h2 id="by-date">By date</h2>
  <@parts.quotes items=page.byDate() root=root/>
</section>
</@layout.page>
