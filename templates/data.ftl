<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#assign page = content.page root = content.root>
<#-- page: dossier.publish.DataExports.DataPage; the same field list the exports are checked against. -->
<@layout.page title=page.title() description=page.description() root=root>
<h1>${page.title()}</h1>
<p class="lede">${page.description()} Every file is rebuilt from the dossier's content with the site, so it always
says what the pages say.</p>
<p>Each JSON file is an object with two fields: <code>documentation</code>, the address of this page, and
<code>items</code>, a list of objects with the fields below, in that order. Ids are file names in the dossier and
never change; <code>null</code> stands for an optional field that is absent.</p>
<#list page.exports() as export>
<section aria-labelledby="${export.file()?replace('.', '-')}">
  <h2 id="${export.file()?replace('.', '-')}">${export.title()}: <a href="${root}${export.file()}">${export.file()}</a></h2>
  <p>${export.description()}</p>
  <table class="fields">
    <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Meaning</th></tr></thead>
    <tbody>
    <#list export.fields() as field>
      <tr><th scope="row"><code>${field.name()}</code></th><td>${field.type()}</td><td>${field.meaning()}</td></tr>
    </#list>
    </tbody>
  </table>
</section>
</#list>
<section aria-labelledby="subscribe">
  <h2 id="subscribe">Feeds and calendar</h2>
  <dl class="facts">
  <#list page.subscriptions() as file>
    <dt><a href="${root}${file.file()}">${file.title()}</a></dt><dd>${file.description()} (<code>${file.file()}</code>)</dd>
  </#list>
  </dl>
</section>
</@layout.page>
