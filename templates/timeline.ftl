<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<nav aria-label="Months" class="months"><ul><#list page.months() as month><li><a href="#m-${month.id()}">${month.label()}</a></li></#list></ul></nav>
<@parts.months months=page.months() root=root/>
</@layout.page>
