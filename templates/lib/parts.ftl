<#ftl output_format="HTML">
<#-- Pieces shared by page templates. Each takes ready-made views (dossier.site.Views) and the path to the root. -->

<#-- A date or span (Views.When) as readers see it, machine-readable in datetime. -->
<#macro time when><time datetime="${when.iso()}">${when.label()}</time></#macro>

<#-- A link to a page: an actor's name in its owner's script beside it, and, for a source, its document's address. -->
<#macro link item root>
<a href="${root}${item.url()}">${item.label()}</a><#if item.nativeName()??> <span lang="${item.nativeName().language()}">${item.nativeName().text()}</span></#if><#if item.note()?has_content> <span class="note">${item.note()}</span></#if><@document item=item/><#t>
</#macro>

<#-- Where a reader opens a source's document itself, or nothing for a link without one. -->
<#macro document item>
<#if item.document()??><#assign doc = item.document()> <a class="document" href="${doc.url()}"<#if doc.language()?has_content> hreflang="${doc.language()}"</#if>><span class="visually-hidden">Open the document at </span>${doc.host()}</a></#if><#t>
</#macro>

<#macro links items root>
<ul class="links">
<#list items as item>
  <li><@link item=item root=root/></li>
</#list>
</ul>
</#macro>

<#macro section title id items root>
<#if items?has_content>
<section aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <@links items=items root=root/>
</section>
</#if>
</#macro>

<#macro quoteText quote>“${quote.text()}”</#macro>

<#macro quotes items root showSpeaker=true>
<ul class="quotes">
<#list items as quote>
  <li>
    <a href="${root}${quote.url()}"><@quoteText quote/></a><#if quote.fragment()> <span class="badge">fragment</span></#if>
    <span class="note"><#if showSpeaker><a href="${root}${quote.speaker().url()}">${quote.speaker().label()}</a>, </#if><@time when=quote.when()/></span>
  </li>
</#list>
</ul>
</#macro>

<#macro timelineItems items root>
<ol class="timeline">
<#list items as item>
  <li class="timeline-${item.kind()?lower_case}">
    <@time when=item.when()/><#nt>
    <span class="badge">${item.kind()}</span>
    <a href="${root}${item.url()}">${item.title()}</a><#if item.note()?has_content> <span class="note">${item.note()}</span></#if>
  </li>
</#list>
</ol>
</#macro>

<#macro months months root headingLevel=2>
<#list months as month>
<section aria-labelledby="m-${month.id()}">
  <h${headingLevel} id="m-${month.id()}">${month.label()}</h${headingLevel}>
  <@timelineItems items=month.items() root=root/>
</section>
</#list>
</#macro>

<#macro corrections notes root>
<#if notes?has_content>
<aside class="correction" aria-labelledby="corrections-note">
  <h2 id="corrections-note">Correction</h2>
  <#list notes as note>
  <p>The source “<a href="${root}${note.source().url()}">${note.source().label()}</a>” (${note.source().note()}) said “${note.said()}”.
  <strong>What is right:</strong> ${note.correct()}<#if !note.correct()?ends_with(".")>.</#if>
  <a href="${root}${note.url()}">The correction and its record</a> <span class="note">(correction made on <@time when=note.made()/>)</span></p>
  </#list>
</aside>
</#if>
</#macro>

<#-- What a round or event changed in the register of measures (Views.MeasureChange). -->
<#-- One side's accounts on a readout comparison: each excerpt verbatim, in its own language, with who gave it. -->
<#macro accounts id title items root>
<section class="account" aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <#list items as account>
  <figure class="account-excerpt">
    <blockquote<#if account.language()?has_content> lang="${account.language()}"</#if>><p>${account.excerpt()}</p></blockquote>
    <figcaption>${account.by()}: <@link item=account.source() root=root/></figcaption>
  </figure>
  </#list>
</section>
</#macro>

<#-- Measures or commitments with where each stood on the record's date. -->
<#macro measureItems title id items root>
<#if items?has_content>
<section aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <ul class="links"><#list items as item><li><a href="${root}${item.measure().url()}">${item.measure().label()}</a> <span class="note">${item.measure().note()} · ${item.standing()}</span></li></#list></ul>
</section>
</#if>
</#macro>

<#macro measureChanges changes root>
<#if changes?has_content>
<section aria-labelledby="measures">
  <h2 id="measures">Measures changed</h2>
  <ul class="links">
  <#list changes as change>
    <li><a href="${root}${change.measure().url()}">${change.measure().label()}</a> <span class="note">${change.change()}</span></li>
  </#list>
  </ul>
</section>
</#if>
</#macro>

<#-- Where things stand on the date the record runs to (ReaderViews.Standing): computed, never typed. -->
<#macro standing standing root>
<section class="standing-box" aria-labelledby="standing">
  <h2 id="standing">Where things stand</h2>
  <p class="note">On <@time when=standing.day()/>, the date the dossier's record runs to: computed from the <a href="${root}measures/index.html">register of measures</a> and the table of tariff rates.</p>
  <dl class="standing-rates">
  <#list standing.rates() as rate>
    <dt>${rate.side()}</dt>
    <dd>${rate.rate()} <span class="note">since <@time when=rate.since()/> ·</span> <@link item=rate.source() root=root/></dd>
  </#list>
  <#if standing.truce()?has_content>
    <dt>Truce</dt>
    <dd>${standing.truce()}</dd>
  </#if>
  </dl>
  <#if standing.suspended()?has_content>
  <h3>Measures suspended</h3>
  <ul class="links">
  <#list standing.suspended() as item>
    <li><a href="${root}${item.measure().url()}">${item.measure().label()}</a> <span class="note">${item.measure().note()} · ${item.standing()}</span></li>
  </#list>
  </ul>
  </#if>
  <#if standing.openQuestions()?has_content>
  <h3>What the record cannot yet say</h3>
  <ul>
  <#list standing.openQuestions() as question>
    <li>${question}</li>
  </#list>
  </ul>
  </#if>
</section>
</#macro>

<#macro sources items root>
<section aria-labelledby="sources">
  <h2 id="sources">Sources</h2>
  <@links items=items root=root/>
</section>
</#macro>

<#-- The period the dossier covers and how current its record is: computed from the content (Views.Coverage). -->
<#macro coverage coverage>
<#if coverage.from().iso()?has_content>
<p class="coverage">This dossier covers <@time when=coverage.from()/> to
<@time when=coverage.to()/>. Its record runs to
<@time when=coverage.record()/>, the date of the latest document it cites:
nothing after that day is reflected here.<#if coverage.checked().iso()?has_content> Sources were last read on
<@time when=coverage.checked()/>.</#if></p>
</#if>
</#macro>
