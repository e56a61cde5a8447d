<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="readout">
  <p class="kicker">Readouts compared</p>
  <h1>${page.title()}</h1>
  <p class="meta"><@parts.time when=page.when()/> · <a href="${root}${page.about().url()}">${page.about().label()}</a></p>
  <@parts.corrections notes=page.corrections() root=root/>
  <section class="briefing" aria-labelledby="briefing"><h2 id="briefing">The accounts</h2>${content.body?no_esc}</section>
  <div class="accounts">
    <@parts.accounts id="us-account" title="The US account" items=page.us() root=root/>
    <@parts.accounts id="china-account" title="China's account" items=page.china() root=root/>
  </div>
  <section aria-labelledby="differences">
    <h2 id="differences">What one side mentioned and the other did not</h2>
    <p class="note">The dossier's own comparison of the excerpts above; it says nothing of what either government left out elsewhere.</p>
    <h3 id="only-us">Only in the US account</h3>
    <ul class="differences"><#list page.onlyUs() as line><li>${line}</li></#list></ul>
    <h3 id="only-china">Only in China's account</h3>
    <ul class="differences"><#list page.onlyChina() as line><li>${line}</li></#list></ul>
  </section>
  <@parts.section title="Topics" id="topics" items=page.topics() root=root/>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
