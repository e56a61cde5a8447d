<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="round">
  <p class="kicker">${page.kind()}<#if page.number()?has_content> · ${page.number()}</#if></p>
  <h1>${page.title()}</h1>
  <p class="meta"><@parts.time when=page.when()/> · ${page.place()}</p>
  <p class="outcome"><strong>Outcome:</strong> ${page.outcome()}</p>
  <@parts.corrections notes=page.corrections() root=root/>
  <section aria-labelledby="delegations">
    <h2 id="delegations">Delegations</h2>
    <#list page.delegations() as side>
    <h3>${side.label()}</h3>
    <#if side.named()?has_content><@parts.links items=side.named() root=root/><#else><p>Not named in the dossier's sources.</p></#if>
    <#if side.roundsNotRecorded()?has_content>
    <p class="note">Also in this side's delegation to the talks; the sources do not say which rounds:</p>
    <@parts.links items=side.roundsNotRecorded() root=root/>
    </#if>
    </#list>
  </section>
  <section class="briefing" aria-labelledby="briefing"><h2 id="briefing">Briefing</h2>${content.body?no_esc}</section>
  <#if page.quotes()?has_content><section aria-labelledby="quotes"><h2 id="quotes">Quotes</h2><@parts.quotes items=page.quotes() root=root/></section></#if>
  <#if page.events()?has_content><section aria-labelledby="events"><h2 id="events">Related events</h2><@parts.timelineItems items=page.events() root=root/></section></#if>
  <@parts.measureChanges changes=page.measures() root=root/>
  <@parts.section title="The two governments' accounts" id="readouts" items=page.readouts() root=root/>
  <@parts.measureItems title="Commitments made here" id="commitments" items=page.commitments() root=root/>
  <@parts.section title="Topics" id="topics" items=page.topics() root=root/>
  <@parts.sources items=page.sources() root=root/>
  <nav class="prev-next" aria-label="Other rounds">
    <#if page.previous()??><a rel="prev" href="${root}${page.previous().url()}">← ${page.previous().label()}</a></#if>
    <#if page.next()??><a rel="next" href="${root}${page.next().url()}">${page.next().label()} →</a></#if>
  </nav>
</article>
</@layout.page>
