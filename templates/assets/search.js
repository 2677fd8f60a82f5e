// Static full-text search of the archive. The index is a set of small scripts under search/ written by the build
// (see src/Archive.Core/Search/SearchIndex.cs): each registers itself through ArchiveSearch.load, which works on any
// host and from disk. Only the term shards a query needs and the details of the interviews shown are loaded; the
// people for the filter come after the first results.
(function () {
  'use strict';

  var loaded = {};
  var waiting = {};
  window.ArchiveSearch = {
    load: function (kind, key, data) {
      var id = kind + '/' + key;
      loaded[id] = data;
      (waiting[id] || []).forEach(function (resolve) { resolve(data); });
      delete waiting[id];
    }
  };

  var form = document.querySelector('form.search-form');
  if (!form) {
    return;
  }

  var root = form.getAttribute('data-search-root');
  var query = document.getElementById('search-query');
  var topicFilter = document.getElementById('search-topic');
  var personFilter = document.getElementById('search-person');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var facets = null;
  var split = {};

  // A shard's file is named by its prefix, or, for a prefix in another script, by "x" and its characters' codes in
  // hexadecimal (ShardFile.cs): "пе" → "x43f-435".
  function fileOf(key) {
    if (/^[a-z0-9]*$/.test(String(key))) {
      return key;
    }
    return 'x' + key.split('').map(function (c) { return c.charCodeAt(0).toString(16); }).join('-');
  }

  function script(kind, key) {
    var id = kind + '/' + key;
    if (Object.prototype.hasOwnProperty.call(loaded, id)) {
      return Promise.resolve(loaded[id]);
    }
    return new Promise(function (resolve) {
      var first = !waiting[id];
      (waiting[id] = waiting[id] || []).push(resolve);
      if (!first) {
        return;
      }
      var element = document.createElement('script');
      element.src = root + 'search/' + (kind === 'facets' || kind === 'people' ? kind : kind + '/' + fileOf(key)) + '.js';
      element.onerror = function () { window.ArchiveSearch.load(kind, key, null); };
      document.head.appendChild(element);
    });
  }

  // Which prefixes are split, and how interviews are chunked, is known before any query is matched.
  var ready = script('facets', 'all').then(function (data) {
    facets = data || { docs: 1, chunk: 10, topics: [], split: [] };
    facets.split.forEach(function (prefix) { split[prefix] = true; });
  });

  // The same folding as SearchTerms.cs: composed, lowercase, ä → ae, ö → oe, ü → ue, ß → ss, other accents dropped;
  // a letter of another script stays itself, decomposed and without its marks (ά → α), a final sigma as sigma.
  var special = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'þ': 'th', 'ı': 'i', 'ς': 'σ' };
  // The index also holds a German word without the umlaut's e (für → fur): marking a result looks at that form too.
  var withoutUmlautE = Object.assign({}, special, { 'ä': null, 'ö': null, 'ü': null });
  function fold(word, map) {
    map = map || special;
    var out = '';
    Array.from(word.normalize('NFC').toLowerCase()).forEach(function (ch) {
      if (ch.length === 1) { // a character beyond the Basic Multilingual Plane is not in any term
        out += map[ch] || ch.normalize('NFD').replace(/[\p{Mn}\p{Me}]/gu, '');
      }
    });
    return out;
  }

  // Words are runs of letters, decimal digits and combining marks of the Basic Multilingual Plane, as the index's are.
  function words(text) {
    return text.normalize('NFC').split(/(?:[^\p{L}\p{Nd}\p{M}]|[\u{10000}-\u{10FFFF}])+/u).map(function (w) { return fold(w); }).filter(function (w) { return w.length >= 2; });
  }

  // The shard that holds a term: its first two letters, or more where the build split a large prefix further. A
  // word that is itself a split prefix finds its shard holding only that word: typing one more letter widens it again.
  function shardOf(term) {
    var key = term.slice(0, 2);
    while (term.length > key.length && split[key]) {
      key = term.slice(0, key.length + 1);
    }
    return key;
  }

  // Every query word must match, as a whole term or as the start of one (while typing).
  function match(terms) {
    return Promise.all(terms.map(function (term) { return script('terms', shardOf(term)); })).then(function (shards) {
      var total = facets ? facets.docs : 1;
      var scores = null;
      terms.forEach(function (term, i) {
        var found = {};
        var shard = shards[i] || {};
        Object.keys(shard).forEach(function (candidate) {
          if (candidate.indexOf(term) !== 0) {
            return;
          }
          var postings = shard[candidate];
          var weight = Math.log(1 + total / (postings.length / 3)) * (candidate === term ? 2 : 1);
          for (var p = 0; p < postings.length; p += 3) {
            var doc = postings[p];
            var hit = found[doc] || (found[doc] = { mask: 0, score: 0 });
            hit.mask |= postings[p + 1];
            hit.score += weight * Math.log(1 + postings[p + 2]);
          }
        });
        if (scores === null) {
          scores = found;
          return;
        }
        var both = {};
        Object.keys(scores).forEach(function (doc) {
          if (found[doc]) {
            both[doc] = { mask: scores[doc].mask & found[doc].mask || scores[doc].mask, score: scores[doc].score + found[doc].score };
          }
        });
        scores = both;
      });
      return Object.keys(scores || {}).map(function (doc) {
        return { doc: Number(doc), mask: scores[doc].mask, score: scores[doc].score };
      }).sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
  }

  function details(doc) {
    var chunk = facets ? facets.chunk : 10;
    return script('docs', Math.floor(doc / chunk)).then(function (docs) { return docs ? docs[doc % chunk] : null; });
  }

  // The first question whose exchange matched: bit 1 is q1, bit 2 q2; bit 0 is the lead and the metadata.
  function exchange(mask) {
    for (var bit = 1; bit < 31; bit++) {
      if (mask & (1 << bit)) {
        return bit;
      }
    }
    return 0;
  }

  function highlight(text, terms) {
    var fragment = document.createDocumentFragment();
    text.split(/([\p{L}\p{Nd}\p{M}]+)/u).forEach(function (part) {
      var folded = fold(part);
      var plain = fold(part, withoutUmlautE);
      var hit = folded.length >= 2 && terms.some(function (t) { return folded.indexOf(t) === 0 || plain.indexOf(t) === 0; });
      var node = hit ? document.createElement('mark') : document.createTextNode(part);
      if (hit) {
        node.textContent = part;
      }
      fragment.appendChild(node);
    });
    return fragment;
  }

  function show(found, terms) {
    results.textContent = '';
    var topic = topicFilter.value;
    var person = personFilter.value;
    var shown = 0;
    var checked = 0;
    function next() {
      if (shown >= 20 || checked >= found.length || checked >= 300) {
        status.textContent = shown === 0 ? status.getAttribute('data-none') : status.getAttribute('data-found').replace('{n}', String(topic || person ? shown : found.length));
        return Promise.resolve();
      }
      var hit = found[checked++];
      return details(hit.doc).then(function (doc) {
        if (doc && (!topic || doc.ts.indexOf(topic) >= 0) && (!person || doc.ps.indexOf(person) >= 0)) {
          results.appendChild(item(doc, hit, terms));
          shown++;
        }
        return next();
      });
    }
    return next();
  }

  function item(doc, hit, terms) {
    var question = exchange(hit.mask);
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = root + doc.u + (question > 0 ? '#q' + question : '');
    link.appendChild(highlight(doc.t, terms));
    li.appendChild(link);
    var meta = document.createElement('span');
    meta.className = 'interview-meta';
    meta.textContent = doc.d + ' · ' + doc.p.join(', ');
    li.appendChild(meta);
    if (question > 0 && doc.q[question - 1]) {
      var snippet = document.createElement('p');
      snippet.className = 'snippet';
      snippet.appendChild(document.createTextNode(status.getAttribute('data-question') + ' ' + question + ': '));
      snippet.appendChild(highlight(doc.q[question - 1], terms));
      li.appendChild(snippet);
    }
    return li;
  }

  var latest = 0;
  function run() {
    var terms = words(query.value);
    var ticket = ++latest;
    if (terms.length === 0) {
      results.textContent = '';
      status.textContent = query.value.trim() ? status.getAttribute('data-short') : '';
      return;
    }
    return ready.then(function () { return match(terms); }).then(function (found) {
      if (ticket === latest) {
        return show(found, terms);
      }
    });
  }

  function fill(select, items, chosen) {
    items.forEach(function (pair) {
      var option = document.createElement('option');
      option.value = pair[0];
      option.textContent = pair[1];
      option.selected = pair[0] === chosen;
      select.appendChild(option);
    });
  }

  var params = new URLSearchParams(window.location.search);
  query.value = params.get('q') || '';
  var peopleFilled = false;
  function people() {
    return script('people', 'all').then(function (list) {
      if (!peopleFilled) {
        peopleFilled = true;
        fill(personFilter, list || [], params.get('person'));
      }
    });
  }

  // The people wait for the first results unless the address filters by one of them.
  ready.then(function () {
    fill(topicFilter, facets.topics, params.get('topic'));
    return params.get('person') ? people() : null;
  }).then(run).then(people);

  var timer = 0;
  query.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  topicFilter.addEventListener('change', run);
  personFilter.addEventListener('change', run);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var next = new URLSearchParams();
    next.set('q', query.value);
    if (topicFilter.value) { next.set('topic', topicFilter.value); }
    if (personFilter.value) { next.set('person', personFilter.value); }
    window.history.replaceState(null, '', '?' + next.toString());
    run();
  });
}());
