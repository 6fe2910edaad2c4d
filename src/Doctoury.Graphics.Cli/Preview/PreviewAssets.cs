namespace Doctoury.Graphics.Cli;

/// <summary>
/// The preview page's stylesheet and script, served as files so the page's Content-Security-Policy
/// can forbid inline code. The script keeps the designer's choices (view, zoom, open sections,
/// following saves) in localStorage, and on each render fetches the page again and swaps the spec
/// list and picture in place, so nothing flickers or closes.
/// </summary>
internal static class PreviewAssets
{
    public const string Css = """
        :root { --ink: #1F2933; --soft: #52606D; --line: #CBD2D9; --paper: #FFFFFF; --wash: #F1F4F7; --focus: #0B57D0;
                --bad: #A61B1B; --bad-wash: #FDECEC; --warn: #7A4100; --warn-wash: #FFF4DC; --good: #1B6B3A; --good-wash: #E5F4EA; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: var(--wash); }
        a { color: #0B4F9C; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: .5rem; }
        .bar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem;
               padding: .5rem 1rem; background: var(--paper); border-bottom: 1px solid var(--line); }
        .bar h1 { font-size: 1.25rem; margin: 0; }
        .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; }
        .control { display: flex; align-items: center; gap: .35rem; margin: 0; padding: 0; border: 0; }
        .control legend { float: left; margin-right: .35rem; padding: 0; }
        select, button { font: inherit; color: var(--ink); background: var(--paper); border: 1px solid #7B8794; border-radius: 6px; padding: .2rem .6rem; min-height: 2rem; }
        button:hover { background: var(--wash); }
        output { min-width: 3.5rem; text-align: center; font-variant-numeric: tabular-nums; }
        .layout { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 1rem; padding: 1rem; align-items: start; }
        .specs { position: sticky; top: 4.5rem; max-height: calc(100vh - 5.5rem); overflow-y: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
        .specs h2 { font-size: 1rem; margin: 0 0 .5rem; }
        .specs ul { list-style: none; margin: 0; padding: 0; }
        .specs li a { display: block; padding: .4rem .5rem; border-radius: 6px; text-decoration: none; color: var(--ink); border-left: 4px solid transparent; }
        .specs li a:hover { background: var(--wash); }
        .specs li a[aria-current="page"] { background: #E3ECF9; font-weight: 600; }
        .specs li.saved a { border-left-color: var(--focus); }
        .specs .name { display: block; overflow-wrap: anywhere; }
        .status { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .45rem; border-radius: 999px; background: var(--good-wash); color: var(--good); }
        .failed .status, .status.failed { background: var(--bad-wash); color: var(--bad); }
        .warned .status, .status.warned { background: var(--warn-wash); color: var(--warn); }
        .just-saved { font-size: .8rem; color: #0B4F9C; }
        main { min-width: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem 1.5rem; }
        main h2 { margin: 0 0 .75rem; font-size: 1.4rem; overflow-wrap: anywhere; }
        .notice { border-left: 4px solid; padding: .25rem 1rem; margin: 0 0 1rem; border-radius: 4px; }
        .notice.failed { background: var(--bad-wash); border-color: var(--bad); }
        .notice.warned { background: var(--warn-wash); border-color: var(--warn); }
        .diagnostics code, .findings li { overflow-wrap: anywhere; }
        .stage { background: #E4E7EB; border-radius: 8px; padding: 1rem; display: flex; justify-content: center; }
        .stage[data-view="horizontal"] .phone, .stage[data-view="phone"] .horizontal { display: none; }
        .frame.horizontal { max-width: 100%; max-height: 80vh; overflow: auto; }
        .frame.phone { max-width: 100%; height: min(780px, 80vh); overflow: auto; border: 12px solid #1F2933; border-radius: 32px; background: #1F2933; }
        .canvas { position: relative; }
        .canvas.fit { width: 100%; }
        .frame.horizontal .canvas.fit { width: min(100%, 1600px); }
        .frame.phone .canvas.fit { width: 360px; max-width: 100%; }
        .canvas img { display: block; width: 100%; height: auto; background: var(--paper); }
        .outlines { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; overflow: visible; }
        .outlines rect { fill: none; stroke-width: 3; vector-effect: non-scaling-stroke; }
        .outlines .error rect { stroke: #C8102E; stroke-dasharray: 8 4; }
        .outlines .warning rect { stroke: #B35C00; stroke-dasharray: 3 3; }
        .outlines circle { stroke: #FFFFFF; stroke-width: 2; vector-effect: non-scaling-stroke; }
        .outlines .error circle { fill: #C8102E; } .outlines .warning circle { fill: #8A4B08; }
        .outlines text { fill: #FFFFFF; font: bold 15px system-ui, sans-serif; text-anchor: middle; }
        .findings ol { padding-left: 1.75rem; }
        .findings li { margin: .25rem 0; }
        .rule { font-weight: 600; } .findings li.error .rule { color: var(--bad); } .findings li.warning .rule { color: var(--warn); }
        .where { color: var(--soft); }
        .fix { display: inline-block; margin-top: .15rem; }
        .swatch { vertical-align: -3px; }
        .texts, .downloads, .findings { margin-top: 1.25rem; }
        h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; } h4 { font-size: 1rem; margin: .5rem 0 .25rem; }
        .hint, .time { color: var(--soft); font-size: .9rem; font-weight: normal; }
        details { margin: .75rem 0; border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem; }
        summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
        pre { overflow: auto; background: var(--wash); padding: .75rem; border-radius: 6px; font-size: .85rem; }
        .downloads ul { columns: 2 18rem; padding-left: 1.25rem; }
        .foot { padding: 0 1rem 1rem; color: var(--soft); font-size: .9rem; }
        #announce:empty { display: none; }
        @media (max-width: 900px) {
          .layout { grid-template-columns: minmax(0, 1fr); padding: .5rem; }
          .specs { position: static; max-height: none; }
          .specs ul { display: flex; flex-wrap: wrap; gap: .25rem; }
          .bar { position: static; }
        }
        """;

    public const string Script = """
        (() => {
          'use strict';
          const key = 'doctoury-preview';
          const zooms = [0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4];
          const read = () => { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch { return {}; } };
          const state = Object.assign({ view: 'horizontal', zoom: 'fit', open: {}, follow: true, spec: null }, read());
          const keep = () => { try { localStorage.setItem(key, JSON.stringify(state)); } catch { /* private mode: state lasts the visit */ } };
          const $ = (s, r = document) => r.querySelector(s);
          const $$ = (s, r = document) => [...r.querySelectorAll(s)];
          const say = text => { const a = $('#announce'); a.textContent = ''; setTimeout(() => { a.textContent = text; }, 30); };
          const selected = () => new URL(location.href).searchParams.get('spec');

          function visibleCanvas() { return $(state.view === 'phone' ? '.frame.phone .canvas' : '.frame.horizontal .canvas'); }

          function apply() {
            const stage = $('#picture');
            if (stage) stage.dataset.view = state.view;
            for (const canvas of $$('.canvas')) {
              const natural = Number(canvas.dataset.width);
              canvas.classList.toggle('fit', state.zoom === 'fit');
              canvas.style.width = state.zoom === 'fit' ? '' : Math.round(natural * state.zoom) + 'px';
            }
            for (const input of $$('input[name=view]')) input.checked = input.value === state.view;
            $('#zoom-level').textContent = state.zoom === 'fit' ? 'Fit' : Math.round(state.zoom * 100) + ' %';
            for (const d of $$('details[data-keep]')) d.open = !!state.open[d.id];
            $('#follow').checked = state.follow;
            const theme = $('#app').dataset.theme;
            $('#theme').value = theme;
          }

          function zoom(how) {
            if (how === 'fit') state.zoom = 'fit';
            else if (how === '1') state.zoom = 1;
            else {
              const canvas = visibleCanvas();
              const now = state.zoom === 'fit' && canvas ? canvas.getBoundingClientRect().width / Number(canvas.dataset.width) : state.zoom;
              state.zoom = how === 'in' ? (zooms.find(z => z > now + 0.01) ?? zooms[zooms.length - 1]) : ([...zooms].reverse().find(z => z < now - 0.01) ?? zooms[0]);
            }
            keep(); apply();
          }

          async function copy(button) {
            const text = button.dataset.copy;
            try { await navigator.clipboard.writeText(text); }
            catch {
              const area = document.createElement('textarea');
              area.value = text; area.setAttribute('readonly', ''); area.className = 'skip';
              document.body.append(area); area.select(); document.execCommand('copy'); area.remove();
            }
            say('Copied the ' + button.dataset.what + '.');
          }

          let running = null, again = null;
          async function update(message) {
            // Renders come in bursts (a theme switch draws every spec): one fetch at a time, the last one wins.
            if (running) { again = message ?? ''; return running; }
            running = refresh(message);
            try { await running; } finally { running = null; }
            if (again !== null) { const m = again; again = null; await update(m); }
          }

          async function refresh(message) {
            const response = await fetch(location.href, { cache: 'no-store' });
            const next = new DOMParser().parseFromString(await response.text(), 'text/html');
            const focused = document.activeElement && document.activeElement.id;
            $('#app').replaceWith(document.adoptNode(next.getElementById('app')));
            document.title = next.title;
            apply();
            if (focused && document.getElementById(focused)) document.getElementById(focused).focus({ preventScroll: true });
            if (message) say(message);
            document.documentElement.dataset.updated = String(Date.now());
          }

          document.addEventListener('click', e => {
            const button = e.target.closest('button');
            if (!button) return;
            if (button.dataset.zoom) zoom(button.dataset.zoom);
            else if (button.dataset.copy !== undefined) copy(button);
          });
          document.addEventListener('change', e => {
            const t = e.target;
            if (t.name === 'view') { state.view = t.value; keep(); apply(); }
            else if (t.id === 'follow') { state.follow = t.checked; keep(); }
            else if (t.id === 'theme') {
              say(t.value ? 'Drawing every spec in the ' + t.value + ' theme…' : 'Drawing every spec in its own theme…');
              fetch('/theme', { method: 'POST', headers: { 'X-Doctoury-Preview': '1' }, body: t.value });
            }
          });
          document.addEventListener('toggle', e => {
            if (e.target.matches && e.target.matches('details[data-keep]')) { state.open[e.target.id] = e.target.open; keep(); }
          }, true);

          if (!selected() && state.spec && $$('.specs a').some(a => new URL(a.href).searchParams.get('spec') === state.spec)) {
            history.replaceState(null, '', '/?spec=' + encodeURIComponent(state.spec));
            update();
          }
          if (selected()) { state.spec = selected(); keep(); }
          document.addEventListener('click', e => {
            const link = e.target.closest('.specs a');
            if (link) { state.spec = new URL(link.href).searchParams.get('spec'); keep(); }
          });
          apply();

          const events = new EventSource('/events');
          events.onmessage = e => update(e.data === selected() ? e.data + ' drawn again.' : '');
          events.addEventListener('saved', e => {
            const saved = e.data;
            if (state.follow && saved !== selected()) {
              history.replaceState(null, '', '/?spec=' + encodeURIComponent(saved));
              state.spec = saved; keep();
            }
            update(saved + ' saved and drawn again.');
          });
        })();
        """;
}
