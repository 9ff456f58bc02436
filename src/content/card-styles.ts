/**
 * The card's styles, inside our shadow root only. Sizes are in px so the
 * page's root font size cannot change them; colours follow the user's
 * colour scheme and forced colours.
 */
export const CARD_CSS = `
/* The page's CSS reaches our host element (hype-lens-ui { display: none !important } and the
   like); an !important declaration from inside the shadow tree outranks every one from outside. */
:host { all: initial !important; }
.card {
  position: fixed; inset: auto; margin: 0; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  padding: 14px 16px; border-radius: 10px; border: 1px solid #d0c8b0;
  background: #fffdf6; color: #1d1b16; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif;
  text-align: start; letter-spacing: normal; word-break: keep-all; overflow-wrap: anywhere;
}
.card:focus { outline: 2px solid #8a5a00; outline-offset: 2px; }
.kicker { margin: 0 0 4px; font-size: 12px; color: #6b5b2a; }
.title { margin: 0 0 6px; font-size: 16px; line-height: 1.3; font-weight: 700; }
.verdict { margin: 0 0 8px; font-weight: 600; }
.points, .facts { margin: 0 0 8px; padding-inline-start: 18px; }
.points li, .facts li { margin: 2px 0; }
.facts-title { margin: 8px 0 4px; font-size: 13px; font-weight: 700; }
.fact-source { color: #5f5a4c; font-size: 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; margin: 4px 0 8px; }
.chart-figure { margin: 0; }
.chart-figure figcaption { font-size: 11px; line-height: 1.3; }
.chart { width: 100%; height: auto; display: block; }
.chart-axis { stroke: #77705c; stroke-width: 1; }
.chart-line { fill: none; stroke: #b35c00; stroke-width: 2; }
.chart-bar.bar-0 { fill: #8c8c8c; }
.chart-bar.bar-1 { fill: #b35c00; }
.chart-label { font-size: 10px; fill: #3d3a30; }
.links { margin: 8px 0 0; }
.links a { color: #7a3e00; font-weight: 600; }
.links a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 0; }
.action { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #8a7a4a; background: #fff7dc; color: #3d2f00; cursor: pointer; }
.action:hover { background: #ffeeb0; }
.action:focus-visible { outline: 2px solid #8a5a00; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #23211b; color: #f3eee0; border-color: #5a5340; box-shadow: 0 8px 28px rgba(0,0,0,.6); }
  .kicker { color: #e0c878; }
  .fact-source { color: #c9c2ad; }
  .chart-axis { stroke: #a89f86; }
  .chart-line { stroke: #ffb357; }
  .chart-bar.bar-0 { fill: #9a9a9a; }
  .chart-bar.bar-1 { fill: #ffb357; }
  .chart-label { fill: #e6dfcb; }
  .links a { color: #ffc978; }
  .action { background: #3a3424; color: #f3eee0; border-color: #a8966a; }
  .action:hover { background: #4a4230; }
}
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  .chart-line, .chart-axis { stroke: CanvasText; }
  .chart-bar { fill: CanvasText; }
  .chart-label { fill: CanvasText; }
  .action { border: 1px solid ButtonText; background: ButtonFace; color: ButtonText; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: hype-lens-in 120ms ease-out; }
  @keyframes hype-lens-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
`;
