<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="source">
  <p class="kicker">Source · ${page.kind()}</p>
  <h1>${page.title()}</h1>
  <p class="meta">${page.publisher()}<#if page.when().iso()?has_content> · <@parts.time when=page.when()/></#if></p>
  <#if page.document()??>
  <#assign doc = page.document()>
  <dl class="facts document-address">
    <dt>The document</dt><dd><a class="document" href="${doc.url()}"<#if doc.language()?has_content> hreflang="${doc.language()}"</#if>>${doc.url()}</a><#if doc.languageName()?has_content> <span class="note">(in ${doc.languageName()})</span></#if></dd>
    <dt>Read on</dt><dd><@parts.time when=doc.accessed()/></dd>
    <#if page.archive()?has_content><dt>Archived copy</dt><dd><a href="${page.archive()}">${page.archive()}</a></dd></#if>
  </dl>
  <#else>
  <p class="no-address"><strong>No address:</strong> ${page.noAddress()}</p>
  </#if>
  <section class="briefing" aria-labelledby="about"><h2 id="about">About this source</h2>${content.body?no_esc}</section>
  <#if page.errorsFound()?has_content>
  <section aria-labelledby="errors"><h2 id="errors">Errors corrected</h2>
    <ul class="links"><#list page.errorsFound() as note><li><a href="${root}${note.url()}">${note.title()}</a></li></#list></ul>
  </section>
  </#if>
  <@parts.section title="Cited by" id="cited-by" items=page.citedBy() root=root/>
</article>
</@layout.page>
