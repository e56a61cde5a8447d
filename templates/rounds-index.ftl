<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/rounds.ftl" as rounds>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<@rounds.table rows=page.rounds() root=root/>
</@layout.page>
