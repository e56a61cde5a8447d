<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#import "lib/charts.ftl" as charts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()} Printing uses a print stylesheet: no navigation, each round on a new page.</p>
<@parts.coverage coverage=page.coverage()/>
<@parts.standing standing=content.standing root=root/>
<nav aria-label="Rounds in this book" class="book-contents">
  <ol><#list page.rounds() as entry><li><a href="#${entry.id()}">${entry.round().title()}</a> <span class="note">${entry.round().when().label()}</span></li></#list></ol>
</nav>
<section class="book-timeline" aria-labelledby="book-timeline">
  <h2 id="book-timeline">Timeline</h2>
  <@charts.timeline charts=content.charts/>
  <@charts.tariffs charts=content.charts headingLevel=3/>
</section>
<#list page.rounds() as entry>
<#assign round = entry.round()>
<article class="book-round" id="${entry.id()}" aria-labelledby="${entry.id()}-title">
  <p class="kicker">${round.kind()}<#if round.number()?has_content> · ${round.number()}</#if></p>
  <h2 id="${entry.id()}-title"><a href="${root}rounds/${entry.id()}.html">${round.title()}</a></h2>
  <p class="meta"><@parts.time when=round.when()/> · ${round.place()}</p>
  <p class="outcome"><strong>Outcome:</strong> ${round.outcome()}</p>
  <dl class="facts">
    <#list round.delegations() as side>
    <dt>${side.label()}</dt><dd><#if side.named()?has_content><#list side.named() as actor>${actor.label()}<#sep>, </#list><#else>Not named in the dossier's sources.</#if><#if side.roundsNotRecorded()?has_content> (also in the delegation, rounds not recorded: <#list side.roundsNotRecorded() as actor>${actor.label()}<#sep>, </#list>)</#if></dd>
    </#list>
  </dl>
  <#-- Rendered Markdown of the round's briefing, as on its own page. -->
  <div class="briefing">${content.bodies[entry.id()]?no_esc}</div>
  <#if round.corrections()?has_content><p class="note">Corrections: <#list round.corrections() as note>${note.title()}<#sep>; </#list>.</p></#if>
  <p class="note">Sources: <#list round.sources() as source><a href="${root}${source.url()}">${source.label()}</a> (${source.note()}<#if source.document()??>, <a class="document" href="${source.document().url()}">${source.document().url()}</a></#if>)<#sep>; </#list>.</p>
</article>
</#list>
</@layout.page>
