<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<#list page.sources() as row>
<section class="source-row" aria-labelledby="source-${row?index}">
  <h2 id="source-${row?index}"><a href="${root}${row.source().url()}">${row.source().label()}</a></h2>
  <p class="meta">${row.publisher()}<#if row.dateLabel()?has_content> · ${row.dateLabel()}</#if> · ${row.kind()}<@parts.document item=row.source()/></p>
  <#if row.citedBy()?has_content><p>Cited by:</p><@parts.links items=row.citedBy() root=root/><#else><p>Not cited by any page yet.</p></#if>
</section>
</#list>
</@layout.page>
