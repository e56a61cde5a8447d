<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#import "lib/charts.ftl" as charts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()}</p>
<@charts.timeline charts=content.charts/>
<@charts.tariffs charts=content.charts/>
<#-- id: the timeline chart's text equivalent (dossier.site.ChartFactory.TIMELINE_TEXT_ID). -->
<div id="timeline-text">
<nav aria-label="Months" class="months"><ul><#list page.months() as month><li><a href="#m-${month.id()}">${month.label()}</a></li></#list></ul></nav>
<@parts.months months=page.months() root=root/>
</div>
</@layout.page>
