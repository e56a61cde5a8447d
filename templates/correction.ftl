<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="correction-page">
  <p class="kicker">Correction · made on <@parts.time when=page.made()/></p>
  <h1>${page.title()}</h1>
  <dl class="facts">
    <dt>The source</dt><dd><a href="${root}${page.source().url()}">${page.source().label()}</a>, ${page.source().note()}<@parts.document item=page.source()/></dd>
    <dt>It said</dt><dd>“${page.said()}”</dd>
    <dt>What is right</dt><dd>${page.correct()}</dd>
  </dl>
  <section class="briefing" aria-labelledby="why"><h2 id="why">The correction explained</h2>${content.body?no_esc}</section>
  <@parts.section title="Pages that carry this correction" id="affects" items=page.affects() root=root/>
  <@parts.section title="The record" id="records" items=page.records() root=root/>
</article>
</@layout.page>
