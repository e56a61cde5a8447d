<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">Where each measure stood on <@parts.time when=page.recordDate()/>, the date the dossier's record runs to,
computed from each measure's history. Each page gives every step with its source's own words. What each side
promised at each round, and whether it was kept: <a href="${root}commitments.html">Commitments</a>.</p>
<nav aria-label="Sides and statuses"><ul class="links"><#list page.sides() as side><li><a href="#${side.id()}">${side.label()}</a><#list side.items() as group> · <a href="#${group.id()}">${group.label()}</a></#list></li></#list></ul></nav>
<#list page.sides() as side>
<section aria-labelledby="${side.id()}">
  <h2 id="${side.id()}">${side.label()}</h2>
  <#list side.items() as group>
  <h3 id="${group.id()}">${group.label()}</h3>
  <ul class="links register">
  <#list group.items() as item>
    <li><a href="${root}${item.measure().url()}">${item.measure().label()}</a> <span class="note">${item.measure().note()} · ${item.standing()}</span></li>
  </#list>
  </ul>
  <#else>
  <p>No measure of this side is in the dossier yet.</p>
  </#list>
</section>
</#list>
</@layout.page>
