// The preview's live reload, served only by the preview (never part of the published site): it listens to the
// preview's bakes and reloads the page after each good one; after a failed one it lays the problems over the
// page, each as path:line: message with the text of that line, until the next good bake reloads the page.
(function () {
  'use strict';
  var source = new EventSource('/_preview/events');
  source.addEventListener('baked', function () { window.location.reload(); });
  source.addEventListener('failed', function (event) { show(JSON.parse(event.data)); });

  function show(problems) {
    var old = document.getElementById('preview-overlay');
    if (old) { old.parentNode.removeChild(old); }
    var overlay = document.createElement('div');
    overlay.id = 'preview-overlay';
    overlay.setAttribute('role', 'alert');
    var s = overlay.style;
    s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.maxHeight = '60vh'; s.overflow = 'auto';
    s.zIndex = '2147483647'; s.background = '#fff8f6'; s.color = '#1a1a1a'; s.borderTop = '4px solid #b3261e';
    s.padding = '1rem'; s.font = '14px/1.4 system-ui, sans-serif';
    var heading = document.createElement('p');
    heading.textContent = 'Preview: your latest save did not bake (' + problems.length
        + (problems.length === 1 ? ' problem' : ' problems') + '). This is the last good bake; it reloads by itself'
        + ' once the problems are fixed.';
    heading.style.fontWeight = '700';
    overlay.appendChild(heading);
    var list = document.createElement('ol');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      var message = document.createElement('code');
      message.textContent = problem.problem;
      item.appendChild(message);
      if (problem.text) {
        var line = document.createElement('pre');
        line.textContent = problem.text;
        line.style.margin = '.2rem 0 .6rem'; line.style.padding = '.3rem .5rem'; line.style.background = '#f1e4e1';
        line.style.whiteSpace = 'pre-wrap';
        item.appendChild(line);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }
}());
