"""The page's own CSS and JavaScript, inlined into every report (no network, no CDN, no web fonts).

Kept as Python strings rather than package data so an installed wheel needs no extra packaging rule.
Colours come from CSS custom properties: a state's category sets `--c`, and every part of the drawing derives
its fill and stroke from it, so the legend, the chips and the graph always agree.
"""
from __future__ import annotations

from ..model import CATEGORIES

# flow problems in warm colours (they stop the customer), wording problems in cool ones
PALETTE = {
    "no-human-path": "#d6293e", "dead-end": "#9b1c31", "loop-no-exit": "#e8590c",
    "fallback-no-escalation": "#f08c00", "handoff-no-context": "#7048e8", "hours-no-alternative": "#a25a2a",
    "bot-disclosure": "#c2255c", "deflection": "#e64980", "vague-promise": "#9c36b5",
    "unclear-error": "#1c7ed6", "raw-error-code": "#1864ab", "blame-user": "#5f3dc4",
    "gendered-address": "#0b7285", "jargon": "#1098ad", "bureaucratic": "#3b5bdb", "readability": "#845ef7",
    "typography": "#ae3ec9", "bidi": "#15aabf", "consistency": "#cc5de8", "i18n": "#4263eb",
}
assert set(PALETTE) == set(CATEGORIES)

HUMAN = "#2b8a3e"
UNKNOWN = "#868e96"


def category_css() -> str:
    return "".join(f".cat-{c}{{--c:{col}}}" for c, col in PALETTE.items())


CSS = """
:root{--ink:#1f2430;--muted:#5c6370;--line:#dfe3ea;--bg:#f6f7fb;--card:#fff;--human:%(human)s;--unknown:%(unknown)s;
--hl:#ffd43b;--font:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew","Arial Hebrew",
"DejaVu Sans",Arial,sans-serif;--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink);font:15px/1.5 var(--font)}
body{margin:0}
a{color:#1c63c7}
bdi{unicode-bidi:isolate}
code,.mono{font-family:var(--mono);font-size:.86em}
header.top{background:linear-gradient(135deg,#1f2a44,#2d3f66);color:#fff;padding:28px 36px 22px}
header.top h1{margin:0 0 4px;font-size:26px;font-weight:650;letter-spacing:-.01em}
header.top .sub{margin:0;color:#c9d3ea;font-size:13px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:18px 0 14px}
.card{background:rgba(255,255,255,.1);border:1px solid rgba(255,255,255,.16);border-radius:12px;padding:10px 16px;
min-width:150px}
.card .num{font-size:26px;font-weight:700;line-height:1.15}
.card .lbl{font-size:12.5px;color:#d5ddef}
.card.alert .num{color:#ffb3b8}
.card.far{background:rgba(255,212,59,.16);border-color:rgba(255,212,59,.5)}
.card.far a{color:#fff}
.chips{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.chips .hint{font-size:12px;color:#c9d3ea;margin-inline-end:4px}
.chip{--c:#999;display:inline-flex;align-items:center;gap:6px;border-radius:999px;padding:2px 10px;font-size:12.5px;
border:1px solid color-mix(in srgb,var(--c) 45%%,transparent);background:color-mix(in srgb,var(--c) 12%%,white);
color:color-mix(in srgb,var(--c) 70%%,black);white-space:nowrap;font-family:inherit;line-height:1.6}
.chip .dot,.dot{width:9px;height:9px;border-radius:50%%;background:var(--c);display:inline-block;flex:none}
button.chip{cursor:pointer}
button.chip[aria-pressed=false]{opacity:.4;text-decoration:line-through}
header button.chip{background:#fff}
button.plain{border:1px solid rgba(255,255,255,.4);background:transparent;color:#fff;border-radius:999px;
padding:2px 10px;font-size:12.5px;cursor:pointer}
nav.toc{padding:10px 36px;background:#fff;border-bottom:1px solid var(--line);font-size:13.5px;display:flex;
flex-wrap:wrap;gap:6px 18px}
main{padding:22px 28px 40px;display:flex;flex-direction:column;gap:28px}
section.flow,section.file,section.errors,section.files{background:var(--card);border:1px solid var(--line);
border-radius:14px;box-shadow:0 1px 3px rgba(20,30,60,.05)}
.sec-head{padding:16px 22px 12px;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:8px 16px;
align-items:baseline}
.sec-head h2{margin:0;font-size:18px;font-weight:650}
.sec-head .fmt{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:6px;padding:0 6px}
.sec-head .facts{font-size:13px;color:var(--muted);display:flex;gap:14px;flex-wrap:wrap}
.facts b{color:var(--ink)}
.flow-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(340px,36%%);min-height:420px}
.graph-pane{position:sticky;top:0;align-self:start;border-inline-end:1px solid var(--line);display:flex;flex-direction:column;min-width:0}
.graph-tools{display:flex;gap:6px;align-items:center;padding:8px 12px;border-bottom:1px solid var(--line);
font-size:12.5px;color:var(--muted)}
.graph-tools button{border:1px solid var(--line);background:#fff;border-radius:7px;width:28px;height:26px;
cursor:pointer;font-size:15px;line-height:1;color:var(--ink)}
.graph-tools .note{margin-inline-start:auto}
.graph-scroll{overflow:auto;max-height:76vh;background:radial-gradient(circle,#e6e9f0 1px,transparent 1px) 0 0/18px 18px}
svg.graph{display:block;direction:ltr}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;padding:10px 14px;border-top:1px solid var(--line);font-size:12px;
color:var(--muted);align-items:center}
.legend .sw{display:inline-block;width:22px;height:12px;border-radius:4px;vertical-align:-1px;margin-inline-end:4px}
.legend .ln{display:inline-block;width:26px;height:0;border-top:3px solid;vertical-align:3px;margin-inline-end:4px}
/* graph */
.node{cursor:pointer;outline:none}
.node .box{fill:#fff;stroke:#c3cad6;stroke-width:1.4}
.node[data-category]:not([data-category=""]) .box{fill:color-mix(in srgb,var(--c) 11%%,white);stroke:var(--c);stroke-width:2}
.node .accent{fill:transparent}
.node[data-category]:not([data-category=""]) .accent{fill:var(--c)}
.node .label{font-size:13px;font-weight:600;fill:var(--ink)}
.node .meta{font-size:11px;fill:var(--muted)}
.node.handoff .box{fill:#ebfbee;stroke:var(--human);stroke-width:2.4}
.node.handoff .accent{fill:var(--human)}
.node.unknown .box,.node.maybe .box{fill:#f1f3f5;stroke:var(--unknown);stroke-dasharray:5 3}
.node.end .box{fill:#343a40;stroke:#343a40}.node.end .label{fill:#fff}.node.end .meta{fill:#ced4da}
.node.missing .box{fill:#fff5f5;stroke:#e03131;stroke-dasharray:4 3}
.node.unreachable{opacity:.55}
.node .count circle{fill:var(--c,#495057)}.node .count text{fill:#fff;font-size:11px;font-weight:700}
.node .badge-nohuman circle{fill:#fff;stroke:#e03131;stroke-width:2}.node .badge-nohuman path{stroke:#e03131;stroke-width:2}
.node .badge-unknown circle{fill:var(--unknown)}.node .badge-unknown text{fill:#fff;font-size:11px;font-weight:700}
.pill rect{fill:#1f2a44}.pill text{fill:#fff;font-size:10px;font-weight:700;letter-spacing:.06em}
.pill.human rect{fill:var(--human)}
.longest-marker rect{fill:var(--hl)}.longest-marker text{fill:#4a3b00;font-size:10px;font-weight:700}
.node.longest .ring{fill:none;stroke:var(--hl);stroke-width:8;opacity:.8}
.node.focus .box{stroke:#111;stroke-width:3}
.node:focus-visible .box{stroke:#1c63c7;stroke-width:3}
.edge{fill:none;stroke:#a3acba;stroke-width:1.5}
.edge.fallback{stroke-dasharray:5 4}
.edge.failure{stroke:#e8590c}
.edge.to-human{stroke:var(--human);stroke-width:2.2}
.halo{fill:none;stroke:var(--hl);stroke-width:11;stroke-linecap:round;opacity:.75}
.elabel{font-size:10.5px;fill:#5c6370;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
svg.has-focus .node:not(.focus):not(.near){opacity:.28}
svg.has-focus .edge:not(.focus),svg.has-focus .elabel{opacity:.15}
svg.has-focus .edge.focus{stroke-width:3}
.node.muted{opacity:.22}
/* findings */
.findings-pane{max-height:calc(76vh + 90px);overflow:auto;position:relative;padding:8px 0}
.group{margin:4px 10px 10px;border:1px solid var(--line);border-radius:10px;overflow:hidden;
border-inline-start:4px solid var(--c,#c3cad6)}
.group.focus{box-shadow:0 0 0 3px color-mix(in srgb,var(--c,#1c63c7) 35%%,transparent)}
.group-head{all:unset;box-sizing:border-box;display:flex;gap:8px;align-items:center;width:100%%;padding:8px 12px;
cursor:pointer;background:#fafbfd;font-weight:600;font-size:14px}
.group-head .gmeta{font-weight:400;color:var(--muted);font-size:12px}
.group-head .n{margin-inline-start:auto;background:var(--c,#868e96);color:#fff;border-radius:999px;padding:0 8px;
font-size:12px}
.group ul{list-style:none;margin:0;padding:0}
.finding{padding:9px 12px;border-top:1px solid var(--line)}
.f-head{display:flex;gap:6px;align-items:center;flex-wrap:wrap;font-size:12px}
.rule{background:#eef1f6;border-radius:5px;padding:0 5px;color:#2d3f66;font-weight:600}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:0 5px}
.sev-error{color:#c92a2a;background:#fff0f0}.sev-warning{color:#a35d00;background:#fff6e0}
.sev-suggestion{color:#1864ab;background:#e7f2ff}
.msg{margin:5px 0 0;font-size:14px}
.quote{margin:4px 0 0;font-size:13px;color:var(--muted)}
.quote q{quotes:none;color:var(--ink);background:#fff3bf;border-radius:3px;padding:0 2px}
.sugg{margin:4px 0 0;font-size:13px;color:#2b6a3a}
.where{margin:3px 0 0;font-size:11.5px;color:var(--muted)}
.empty{padding:14px 16px;color:var(--muted);font-size:13.5px}
.unknowns{margin:14px 10px 6px;border:1px dashed var(--unknown);border-radius:10px;padding:6px 12px;background:#f8f9fa}
.unknowns h3{margin:4px 0;font-size:13.5px;color:#495057}
.unknowns ul{margin:0;padding-inline-start:18px;font-size:13px}
.unknowns li{margin:4px 0}
[hidden]{display:none!important}
/* transcripts and tables */
.convs{padding:14px 22px 18px}
.convs h3{margin:0 0 8px;font-size:15px}
table{border-collapse:collapse;width:100%%;font-size:13.5px}
th{text-align:start;font-size:12px;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:7px 8px;vertical-align:top}
td.num{text-align:center;font-variant-numeric:tabular-nums}
td.bad{color:#c92a2a;font-weight:700}td.good{color:var(--human);font-weight:700}
details.turns summary{cursor:pointer;color:#1c63c7;font-size:12.5px}
.turn{display:flex;gap:8px;margin:4px 0;font-size:13px}
.turn .role{flex:none;width:56px;color:var(--muted);font-size:11.5px;text-transform:uppercase}
.turn .v{flex:none;font-size:11px;border-radius:4px;padding:0 5px;height:18px}
.v-honored{background:#ebfbee;color:var(--human)}.v-deflected,.v-ignored{background:#fff0f0;color:#c92a2a}
.v-false_claims{background:#fff0f6;color:#a61e4d}
.conv-findings{list-style:none;margin:8px 0 0;padding:0;border:1px solid var(--line);border-radius:8px}
.conv-findings .finding:first-child{border-top:0}
.tablewrap{padding:6px 22px 18px;overflow:auto}
.errors ul{margin:10px 22px 16px}
footer{padding:8px 36px 28px;color:var(--muted);font-size:12px}
@media (max-width:980px){.flow-body{grid-template-columns:1fr}.graph-pane{border-inline-end:0}}
@media print{.graph-scroll,.findings-pane{max-height:none;overflow:visible}}
""" % {"human": HUMAN, "unknown": UNKNOWN}

JS = r"""
(function(){
'use strict';
var $$=function(s,r){return Array.prototype.slice.call((r||document).querySelectorAll(s));};
function clear(sec){
  $$('.focus,.near',sec).forEach(function(e){e.classList.remove('focus');e.classList.remove('near');});
  var svg=sec.querySelector('svg.graph'); if(svg) svg.classList.remove('has-focus');
}
function focusNode(sec,nid,scrollGraph){
  clear(sec); if(!nid) return;
  var node=sec.querySelector('.node[data-node="'+nid+'"]');
  var group=sec.querySelector('.group[data-node="'+nid+'"]');
  if(node){
    node.classList.add('focus');
    sec.querySelector('svg.graph').classList.add('has-focus');
    $$('.edge[data-src="'+nid+'"],.edge[data-dst="'+nid+'"]',sec).forEach(function(e){
      e.classList.add('focus');
      var other=e.getAttribute('data-src')===nid?e.getAttribute('data-dst'):e.getAttribute('data-src');
      var o=sec.querySelector('.node[data-node="'+other+'"]'); if(o) o.classList.add('near');
    });
    if(scrollGraph) node.scrollIntoView({block:'center',inline:'center',behavior:'smooth'});
  }
  if(group){
    group.classList.add('focus');
    var pane=group.closest('.findings-pane');
    if(pane) pane.scrollTo({top:group.offsetTop-8,behavior:'smooth'});
  }
}
$$('section.flow').forEach(function(sec){
  var svg=sec.querySelector('svg.graph');
  if(svg){
    svg.addEventListener('click',function(ev){
      var n=ev.target.closest('.node'); focusNode(sec,n?n.getAttribute('data-node'):null,false);
    });
    svg.addEventListener('keydown',function(ev){
      var n=ev.target.closest&&ev.target.closest('.node');
      if(n&&(ev.key==='Enter'||ev.key===' ')){ev.preventDefault();focusNode(sec,n.getAttribute('data-node'),false);}
      if(ev.key==='Escape') clear(sec);
    });
    setupZoom(sec,svg);
  }
  $$('.group-head',sec).forEach(function(h){
    h.addEventListener('click',function(){focusNode(sec,h.closest('.group').getAttribute('data-node'),true);});
  });
});
function setupZoom(sec,svg){
  var w0=+svg.getAttribute('width'),h0=+svg.getAttribute('height'),scroll=sec.querySelector('.graph-scroll'),z=1;
  function set(nz){z=Math.max(.2,Math.min(2.5,nz));svg.setAttribute('width',Math.round(w0*z));
    svg.setAttribute('height',Math.round(h0*z));var l=sec.querySelector('.zoom-level');if(l)l.textContent=Math.round(z*100)+'%';}
  function fit(){set(Math.min(1,Math.max(.45,(scroll.clientWidth-4)/w0)));}
  $$('[data-zoom]',sec).forEach(function(b){b.addEventListener('click',function(){
    var a=b.getAttribute('data-zoom'); if(a==='fit') fit(); else set(z*(a==='in'?1.2:1/1.2));});});
  fit();
}
// category filter: chips in the header switch a category's findings and states off and on
var off={};
function applyFilter(){
  $$('.finding[data-category]').forEach(function(f){f.hidden=!!off[f.getAttribute('data-category')];});
  $$('.group').forEach(function(g){var items=$$('.finding',g);
    g.hidden=items.length>0&&items.every(function(f){return f.hidden;});});
  $$('.node[data-category]').forEach(function(n){var c=n.getAttribute('data-category');n.classList.toggle('muted',!!c&&!!off[c]);});
  $$('tr[data-category]').forEach(function(r){r.hidden=!!off[r.getAttribute('data-category')];});
}
$$('button.chip[data-cat]').forEach(function(b){b.addEventListener('click',function(){
  var c=b.getAttribute('data-cat'); off[c]=!off[c]; b.setAttribute('aria-pressed',off[c]?'false':'true'); applyFilter();});});
$$('[data-filter=all]').forEach(function(b){b.addEventListener('click',function(){off={};
  $$('button.chip[data-cat]').forEach(function(c){c.setAttribute('aria-pressed','true');});applyFilter();});});
$$('[data-goto-flow]').forEach(function(a){a.addEventListener('click',function(ev){
  var sec=document.getElementById(a.getAttribute('data-goto-flow')); if(!sec) return;
  ev.preventDefault(); sec.scrollIntoView({behavior:'smooth'}); focusNode(sec,a.getAttribute('data-goto-node'),true);});});
// a link to one state: page.html#flow-0/n3 opens with that state focused (also how the browser test clicks)
var m=/^#(flow-\d+)\/(n\d+)$/.exec(location.hash);
if(m){var s0=document.getElementById(m[1]); if(s0) focusNode(s0,m[2],true);}
document.body.setAttribute('data-ready','1');
})();
"""
