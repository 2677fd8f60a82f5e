// Live reload for `archive serve`: added to each page by the preview server as it is sent, never written into the
// site. It is loaded by its address and styles through the CSSOM, so it runs under a strict Content-Security-Policy.
// After a good build the page reloads; after a failed one it shows the problems, as the console printed them.
(function () {
  'use strict';

  var id = 'archive-build-errors';
  var title = 'The archive has errors. This is the last good build; the page reloads when they are fixed.';
  var script = document.currentScript;
  var build = (script && script.getAttribute('data-build')) || '';
  var events = new EventSource('/__archive/events?build=' + encodeURIComponent(build));

  events.addEventListener('reload', function () {
    events.close();
    location.reload();
  });
  events.addEventListener('errors', function (event) {
    show(event.data);
  });

  var shown = document.getElementById(id);
  if (shown) {
    style(shown);
  }

  function show(problems) {
    var old = document.getElementById(id);
    if (old) {
      old.remove();
    }

    var box = document.createElement('aside');
    box.id = id;
    box.setAttribute('role', 'alert');
    var heading = document.createElement('p');
    heading.textContent = title;
    var list = document.createElement('pre');
    list.textContent = problems;
    box.append(heading, list);
    document.body.append(box);
    style(box);
  }

  function style(box) {
    Object.assign(box.style, {
      position: 'fixed', top: '0', left: '0', right: '0', zIndex: '2147483647', maxHeight: '70vh', overflow: 'auto',
      margin: '0', padding: '1rem 1.5rem', background: '#fff5f5', color: '#5f0000', borderBottom: '4px solid #c00000',
      boxShadow: '0 4px 16px rgba(0, 0, 0, 0.3)', font: '15px/1.5 system-ui, sans-serif', textAlign: 'left'
    });
    var list = box.querySelector('pre');
    if (list) {
      Object.assign(list.style, { margin: '0.5rem 0 0', whiteSpace: 'pre-wrap', font: '13px/1.5 ui-monospace, monospace' });
    }
  }
})();
