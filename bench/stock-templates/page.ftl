<#ftl output_format="HTML">
<#-- The stock-JBake benchmark's one template: JBake's own model (title, body, previous/next of the same type). -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<h1>${content.title}</h1>
${content.body?no_esc}
<nav>
<#if content.previousContent??><a href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
<#if content.nextContent??><a href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if>
</nav>
</body>
</html>
