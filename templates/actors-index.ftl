<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<#list page.sides() as side>
<@parts.section title=side.label() id=side.id() items=side.items() root=root/>
</#list>
</@layout.page>
