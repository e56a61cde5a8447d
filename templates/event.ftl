<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="event">
  <p class="kicker">Event</p>
  <h1>${page.title()}</h1>
  <p class="meta"><@parts.time when=page.when()/><#if page.round()??> · <a href="${root}${page.round().url()}">${page.round().label()}</a></#if></p>
  <@parts.corrections notes=page.corrections() root=root/>
  <section class="briefing" aria-labelledby="briefing"><h2 id="briefing">What happened</h2>${content.body?no_esc}</section>
  <@parts.measureChanges changes=page.measures() root=root/>
  <@parts.section title="The two governments' accounts" id="readouts" items=page.readouts() root=root/>
  <@parts.measureItems title="Commitments made here" id="commitments" items=page.commitments() root=root/>
  <@parts.section title="Actors" id="actors" items=page.actors() root=root/>
  <@parts.section title="Topics" id="topics" items=page.topics() root=root/>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
