<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="quote">
  <p class="kicker">Quote<#if page.fragment()> · fragment</#if></p>
  <h1>${page.heading()}</h1>
  <figure>
    <blockquote class="quote-text"><p>${page.text()}</p></blockquote>
    <figcaption>— <a href="${root}${page.speaker().url()}">${page.speaker().label()}</a>, ${page.speaker().note()}</figcaption>
  </figure>
  <#if page.context()?has_content><p class="context"><strong>Context:</strong> ${page.context()}</p></#if>
  <dl class="facts">
    <dt>Date</dt><dd><@parts.time when=page.when()/><#if page.dateBasis()?has_content> <span class="note">${page.dateBasis()}</span></#if></dd>
    <dt>Setting</dt><dd>${page.setting()}</dd>
    <dt>Source</dt><dd><a href="${root}${page.source().url()}">${page.source().label()}</a>, ${page.source().note()}<@parts.document item=page.source()/></dd>
    <#if page.round()??><dt>Round</dt><dd><a href="${root}${page.round().url()}">${page.round().label()}</a></dd></#if>
  </dl>
  <#assign citation = content.citation>
  <section class="cite-this" aria-labelledby="cite">
    <h2 id="cite">Cite this</h2>
    <p class="citation">${citation.reference()} <a class="permalink" rel="bookmark" href="${citation.permalink()}">${citation.permalink()}</a></p>
    <script src="${root}js/copy-citation.js"></script>
  </section>
  <@parts.corrections notes=page.corrections() root=root/>
  <#if page.variants()?has_content>
  <section aria-labelledby="variants"><h2 id="variants">Other renderings</h2>
    <#list page.variants() as variant><blockquote class="variant"><p>${variant}</p></blockquote></#list>
  </section>
  </#if>
  <section class="briefing" aria-labelledby="about"><h2 id="about">About this quote</h2>${content.body?no_esc}</section>
  <@parts.section title="Topics" id="topics" items=page.topics() root=root/>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
