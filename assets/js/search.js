/*
 * Search for search.html, over the index made at bake time by dossier.search.SearchIndex. The page
 * loads only the manifest; each query fetches the few term shards that can hold its words, lunr ranks
 * the pages from them with its own query code, and the list shows the best 20, fetching just the
 * scripts with their entries (address, type, title, text) for the snippets. Everything is loaded as <script> files, which
 * browsers also run for a site opened from disk. Results are built as DOM nodes, never as HTML strings.
 * Without JavaScript the page shows links to the indexes instead.
 */
(function () {
  'use strict';
  var manifest = window.DOSSIER_SEARCH_MANIFEST;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!manifest || !window.lunr || !input || !status || !list) {
    return;
  }
  var SHOWN = 20;          // results listed at a time; "Show more" lists the next ones
  var BASE = 'js/search/';

  var inverted = Object.create(null);     // term -> posting, as lunr.Index reads it
  var fieldScores = Object.create(null);  // "field/page" -> [term number, score, ...] from the shards loaded
  var pages = Object.create(null);        // page number -> {url, type, title, text}
  var index = null;                       // lunr.Index over the shards loaded; made again when one arrives
  var arrived = Object.create(null);      // script name -> true once it has run
  var waiting = Object.create(null);      // script name -> functions to call when it has run

  function ran(name) {
    arrived[name] = true;
    (waiting[name] || []).forEach(function (then) { then(); });
    delete waiting[name];
  }

  // The shard and page scripts call these.
  window.DOSSIER_SEARCH = {
    terms: function (number, terms) {
      terms.forEach(function (term) {
        var posting = { _index: term[1] };
        manifest.fields.forEach(function (field, f) {
          var gaps = term[2 + 2 * f], scores = term[3 + 2 * f], holding = Object.create(null), page = 0;
          for (var i = 0; i < gaps.length; i++) {
            page += gaps[i];
            holding[page] = {};  // lunr keeps a match's metadata here; this index records none
            var fieldRef = field + '/' + page;
            (fieldScores[fieldRef] || (fieldScores[fieldRef] = [])).push(term[1], scores[i] / 1000);
          }
          posting[field] = holding;
        });
        inverted[term[0]] = posting;
      });
      index = null;
      ran('terms-' + number);
    },
    pages: function (number, entries) {
      entries.forEach(function (entry, i) { pages[number * manifest.pages_per_file + i] = entry; });
      ran('pages-' + number);
    }
  };

  /** Runs then() once every named script has run, adding those not yet asked for to the page. */
  function load(names, then) {
    var missing = names.filter(function (name) { return !arrived[name]; });
    var left = missing.length;
    if (left === 0) {
      then();
      return;
    }
    missing.forEach(function (name) {
      var asked = name in waiting;
      (waiting[name] = waiting[name] || []).push(function () {
        left -= 1;
        if (left === 0) {
          then();
        }
      });
      if (!asked) {
        var script = document.createElement('script');
        script.src = BASE + name + '.js';
        script.onerror = function () {
          status.textContent = 'The search index could not be loaded (' + BASE + name + '.js).';
        };
        document.head.appendChild(script);
      }
    });
  }

  /** The lunr index over the shards loaded: the terms, and each page's scores for them. */
  function lunrIndex() {
    if (index) {
      return index;
    }
    var vectors = Object.create(null);
    Object.keys(fieldScores).forEach(function (fieldRef) {
      var flat = fieldScores[fieldRef], pairs = [], elements = [];
      for (var i = 0; i < flat.length; i += 2) {
        pairs.push([flat[i], flat[i + 1]]);
      }
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      pairs.forEach(function (pair) { elements.push(pair[0], pair[1]); });
      vectors[fieldRef] = new lunr.Vector(elements);
    });
    var pipeline = new lunr.Pipeline();
    pipeline.add(lunr.stemmer);
    index = new lunr.Index({
      invertedIndex: inverted,
      fieldVectors: vectors,
      tokenSet: lunr.TokenSet.fromArray(Object.keys(inverted).sort()),
      fields: manifest.fields,
      pipeline: pipeline
    });
    return index;
  }

  /**
   * The shards that can hold what lunr looks up for a term ('*' matches any letters): the one with the
   * longest key the term starts with and, for a term with '*', every shard whose key starts with the
   * letters before it.
   */
  function shardsFor(term) {
    var star = term.indexOf('*');
    var prefix = star < 0 ? term : term.slice(0, star);
    var names = [];
    var best = -1;
    manifest.shards.forEach(function (key, number) {
      if (prefix.slice(0, key.length) === key && (best < 0 || key.length > manifest.shards[best].length)) {
        best = number;
      }
      if (star >= 0 && key.length > prefix.length && key.slice(0, prefix.length) === prefix) {
        names.push('terms-' + number);
      }
    });
    if (best >= 0) {
      names.push('terms-' + best);
    }
    return names;
  }

  function terms(query) {
    return lunr.tokenizer(query).map(function (token) { return token.toString(); })
      .filter(function (term) { return term.length > 0; });
  }

  // Each word matches as typed (stemmed) or as the start of a longer word; pages with more matches rank higher.
  function search(words) {
    return lunrIndex().query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 });
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
  }

  /** The shards the query's words need: the stemmed word, and the word as the start of longer ones. */
  function shardsForWords(words) {
    var names = [];
    words.forEach(function (word) {
      var stem = lunr.stemmer(new lunr.Token(word)).toString();
      var start = word.slice(-1) === '*' ? word : word + '*';
      shardsFor(stem).concat(shardsFor(start)).forEach(function (name) {
        if (names.indexOf(name) < 0) {
          names.push(name);
        }
      });
    });
    return names;
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

  function item(page, words) {
    var entry = document.createElement('li');
    var type = document.createElement('span');
    type.className = 'badge';
    type.textContent = page.type;
    var link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.title;
    var text = document.createElement('p');
    text.className = 'snippet';
    appendMarked(text, snippet(page.text, words), words);
    entry.appendChild(type);
    entry.appendChild(document.createTextNode(' '));
    entry.appendChild(link);
    entry.appendChild(text);
    return entry;
  }

  var latest = 0;  // the query being answered; an answer to an older one is dropped

  /** Lists results from..from+SHOWN once their entries have arrived, and a button for the rest. */
  function listFrom(results, from, words, ticket) {
    var shown = results.slice(from, from + SHOWN);
    load(shown.map(function (result) { return 'pages-' + Math.floor(result.ref / manifest.pages_per_file); }), function () {
      if (ticket !== latest) {
        return;
      }
      var old = document.getElementById('search-more');
      if (old) {
        old.parentNode.removeChild(old);
      }
      shown.forEach(function (result) { list.appendChild(item(pages[result.ref], words)); });
      var rest = results.length - from - shown.length;
      if (rest > 0) {
        var more = document.createElement('button');
        more.type = 'button';
        more.id = 'search-more';
        more.textContent = 'Show ' + Math.min(rest, SHOWN) + ' more of ' + rest;
        more.addEventListener('click', function () { listFrom(results, from + SHOWN, words, ticket); });
        list.parentNode.insertBefore(more, list.nextSibling);
      }
    });
  }

  function show(query) {
    latest += 1;
    var ticket = latest;
    var words = terms(query);
    if (words.length === 0) {
      list.textContent = '';
      status.textContent = 'Type a word or two: a round, a person, a topic, words of a quote.';
      return;
    }
    load(shardsForWords(words), function () {
      if (ticket !== latest) {
        return;
      }
      var results = search(words);
      list.textContent = '';
      var old = document.getElementById('search-more');
      if (old) {
        old.parentNode.removeChild(old);
      }
      status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.'
        : results.length + (results.length === 1 ? ' page' : ' pages') + ' found for “' + query + '”.';
      listFrom(results, 0, words, ticket);
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
