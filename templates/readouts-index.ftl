<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()} Each excerpt is copied exactly from its source; the comparison sentences are the dossier's own.</p>
<#if page.readouts()?has_content>
<@parts.links items=page.readouts() root=root/>
<#else>
<p>No comparison is in the dossier yet.</p>
</#if>
</@layout.page>
