<#ftl output_format="HTML">
<#import "parts.ftl" as parts>
<#-- The charts (dossier.site.ReaderViews.Charts). The SVG markup is printed with ?no_esc because it comes
     from tested Java (dossier.charts) that escapes every text and attribute value it writes. -->

<#macro timeline charts>
<figure class="chart-figure">
  <div class="chart-scroll" role="region" aria-label="Timeline chart (scrolls sideways on narrow screens)" tabindex="0">
  ${charts.timelineSvg()?no_esc}
  </div>
  <figcaption>Rounds, events and the tariff truce across the year. Each mark links to its page; the same story is
  listed month by month on the <a href="${content.root}timeline.html#timeline-text">timeline</a>.</figcaption>
</figure>
</#macro>

<#macro tariffs charts headingLevel=2>
<div class="tariffs">
  <h${headingLevel} id="tariff-rates">Headline additional tariff rates</h${headingLevel}>
  <figure class="chart-figure">
    <div class="chart-scroll" role="region" aria-label="Tariff chart (scrolls sideways on narrow screens)" tabindex="0">
    ${charts.tariffSvg()?no_esc}
    </div>
    <figcaption>The rate each side added to all of the other's goods, as the record gives it: the sum of the rates of
    its tariffs on all goods, computed from the register of measures. Where only tariffs on some products applied,
    the chart shows a gap in that side's lane, not a guess. Each change starts on the day it took effect, which the
    source's own words state; the day it was announced is shown beside it where that was earlier. Every change and
    its source:</figcaption>
  </figure>
  <table class="tariff-table" id="tariff-table">
    <caption class="visually-hidden">Changes of the headline additional tariff rates, with sources</caption>
    <thead><tr><th scope="col">In force from</th><th scope="col">Side</th><th scope="col">Rate</th><th scope="col">Tariffs in force</th><th scope="col">Source</th></tr></thead>
    <tbody>
    <#list charts.tariffRows() as row>
      <tr<#if !row.recorded()> class="no-rate"</#if>>
        <td><@parts.time when=row.effective()/><#if row.announced().iso()?has_content> <span class="note">announced <@parts.time when=row.announced()/></span></#if></td>
        <td>${row.side()}</td>
        <td>${row.rate()}</td>
        <td><#if !row.recorded()>Only tariffs on some products applied: </#if><#list row.parts() as part><a href="${content.root}${part.measure().url()}">${part.measure().label()}</a><#if part.rate()?has_content> (${part.rate()})</#if><#sep><#if row.recorded()> + <#else>; </#if></#sep><#else>${row.note()}</#list></td>
        <td><a href="${content.root}${row.source().url()}">${row.source().label()}</a> <span class="note">${row.source().note()}</span><@parts.document item=row.source()/></td>
      </tr>
    </#list>
    </tbody>
  </table>
</div>
</#macro>
