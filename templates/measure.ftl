<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/parts.ftl" as parts>
<#assign page = content.page root = content.root>
<@layout.page title=page.title() description=page.description() root=root>
<article class="measure">
  <p class="kicker">${page.kind()} · ${page.side()}</p>
  <h1>${page.title()}</h1>
  <p class="standing"><strong>${page.standing()}</strong> <span class="note">on <@parts.time when=page.recordDate()/>, the date the dossier's record runs to</span></p>
  <p class="covers"><strong>Covers:</strong> ${page.covers()}</p>
  <#if page.legalBasis()??><p class="meta">Legal basis: <@parts.link item=page.legalBasis() root=root/></p></#if>
  <#if page.concerns()??><p class="meta">Concerns: <@parts.link item=page.concerns() root=root/></p></#if>
  <@parts.corrections notes=page.corrections() root=root/>
  <section class="briefing" aria-labelledby="briefing"><h2 id="briefing"><#if page.kind() == "Commitment">What was promised<#else>What it is</#if></h2>${content.body?no_esc}</section>
  <section aria-labelledby="history">
    <h2 id="history">History</h2>
    <ol class="measure-history">
    <#list page.history() as step>
      <li>
        <p><@parts.time when=step.when()/> · <strong>${step.status()}</strong><#if step.changedBy()??> · <a href="${root}${step.changedBy().url()}">${step.changedBy().label()}</a></#if></p>
        <blockquote class="evidence"><p>${step.evidence()}</p></blockquote>
        <p class="note">According to <@parts.link item=step.source() root=root/></p>
      </li>
    </#list>
    </ol>
  </section>
  <@parts.section title="Topics" id="topics" items=page.topics() root=root/>
  <@parts.sources items=page.sources() root=root/>
</article>
</@layout.page>
