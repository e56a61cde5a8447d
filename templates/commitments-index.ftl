<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">What each side promised at each round, and where each promise stood on <@parts.time when=page.recordDate()/>,
the date the dossier's record runs to, computed from each commitment's history. Each page gives every step with its
source's own words. The measures themselves are in the <a href="${root}measures/index.html">register of what is in force</a>.</p>
<nav aria-label="Rounds"><ul class="links"><#list page.rounds() as round><li><a href="#${round.id()}">${round.label()}</a></li></#list></ul></nav>
<#list page.rounds() as round>
<section aria-labelledby="${round.id()}">
  <h2 id="${round.id()}">${round.label()}</h2>
  <ul class="links register">
  <#list round.items() as item>
    <li><a href="${root}${item.measure().url()}">${item.measure().label()}</a> <span class="note">${item.measure().note()} · ${item.standing()}</span></li>
  </#list>
  </ul>
</section>
<#else>
<p>No commitment is in the dossier yet.</p>
</#list>
</@layout.page>
