<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<#list page.corrections() as note>
<section class="correction-row" aria-labelledby="correction-${note?index}">
  <h2 id="correction-${note?index}"><a href="${root}${note.url()}">${note.title()}</a></h2>
  <p><a href="${root}${note.source().url()}">${note.source().label()}</a> said “${note.said()}”.</p>
  <p><strong>What is right:</strong> ${note.correct()}</p>
  <p class="note">Correction made on <@parts.time when=note.made()/></p>
</section>
</#list>
</@layout.page>
