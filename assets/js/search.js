/*
 * Search for search.html: builds a lunr index in the browser from the pages listed in
 * js/search-index.js (made at bake time by dossier.search.SearchIndex) and lists the matches with
 * their type, title and a snippet. Results are built as DOM nodes, never as HTML strings.
 * Without JavaScript the page shows links to the indexes instead.
 */
(function () {
  'use strict';
  var pages = window.DOSSIER_SEARCH_INDEX;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!pages || !window.lunr || !input || !status || !list) {
    return;
  }

  var index = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('type', { boost: 2 });
    this.field('text');
    pages.forEach(function (page, i) {
      this.add({ id: String(i), title: page.title, type: page.type, text: page.text });
    }, this);
  });

  function terms(query) {
    return lunr.tokenizer(query).map(function (token) { return token.toString(); })
      .filter(function (term) { return term.length > 0; });
  }

  // Each word matches as typed (stemmed) or as the start of a longer word; pages with more matches rank higher.
  function search(words) {
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.some(function (word) { at = lower.indexOf(word); return at >= 0; });
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, (at < 0 ? 0 : at) + 160);
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  /** Appends text to a node with every word of the query marked. */
  function appendMarked(node, text, words) {
    var pattern = new RegExp('(' + words.map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')', 'gi');
    text.split(pattern).forEach(function (part, i) {
      if (i % 2 === 1) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        node.appendChild(mark);
      } else if (part) {
        node.appendChild(document.createTextNode(part));
      }
    });
  }

  function show(query) {
    list.textContent = '';
    var words = terms(query);
    if (words.length === 0) {
      status.textContent = 'Type a word or two: a round, a person, a topic, words of a quote.';
      return;
    }
    var results = search(words);
    status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.'
      : results.length + (results.length === 1 ? ' page' : ' pages') + ' found for “' + query + '”.';
    results.forEach(function (result) {
      var page = pages[Number(result.ref)];
      var item = document.createElement('li');
      var type = document.createElement('span');
      type.className = 'badge';
      type.textContent = page.type;
      var link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      var text = document.createElement('p');
      text.className = 'snippet';
      appendMarked(text, snippet(page.text, words), words);
      item.appendChild(type);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  input.addEventListener('input', function () {
    show(input.value);
    try { // keeps the query in the address for the back button; some browsers refuse it for file:// pages
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (e) { /* the results are shown all the same */ }
  });
}());
