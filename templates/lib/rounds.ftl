<#ftl output_format="HTML">
<#import "parts.ftl" as parts>
<#-- The rounds at a glance: a table used on the home page and the rounds index. -->
<#macro table rows root>
<table class="rounds">
  <caption class="visually-hidden">Rounds of talks in date order</caption>
  <thead><tr><th scope="col">Round</th><th scope="col">Dates</th><th scope="col">Place</th><th scope="col">Outcome</th></tr></thead>
  <tbody>
  <#list rows as row>
    <tr>
      <th scope="row"><a href="${root}${row.round().url()}">${row.round().label()}</a> <span class="note">${row.round().note()}</span></th>
      <td><@parts.time when=row.when()/></td>
      <td>${row.place()}</td>
      <td>${row.outcome()}</td>
    </tr>
  </#list>
  </tbody>
</table>
</#macro>
