<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()} Each speaker's page lists their quotes too.</p>
<section aria-labelledby="by-speaker">
  <h2 id="by-speaker">Speakers</h2>
  <@parts.links items=page.bySpeaker() root=root/>
</section>
<section aria-labelledby="by-date">
  <h2 id="by-date">By date</h2>
  <@parts.quotes items=page.byDate() root=root/>
</section>
</@layout.page>
