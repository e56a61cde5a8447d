/* Adds a "Copy citation" button beside each citation (p.citation). Without scripts the citation is plain,
   visible, selectable text; this only saves selecting it. Loaded from the site itself (CSP script-src 'self'). */
(function () {
  "use strict";
  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      return;
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    document.body.removeChild(area);
    done(copied);
  }
  var citations = document.querySelectorAll("p.citation");
  Array.prototype.forEach.call(citations, function (citation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy citation";
    var status = document.createElement("span");
    status.className = "note";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(citation.textContent.replace(/\s+/g, " ").trim(), function (copied) {
        status.textContent = copied ? " Copied." : " Select the citation to copy it.";
      });
    });
    citation.insertAdjacentElement("afterend", button);
    button.insertAdjacentElement("afterend", status);
  });
})();
