import type { Chart, Lang } from '../core/packs/pack-schema';

const SVG = 'http://www.w3.org/2000/svg';
const W = 200;
const H = 110;
const PAD = { left: 34, right: 8, top: 8, bottom: 18 };

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function text(
  doc: Document,
  x: number,
  y: number,
  value: string,
  anchor = 'start',
): SVGTextElement {
  const t = el(doc, 'text', { x, y, 'text-anchor': anchor, class: 'chart-label' });
  t.textContent = value;
  return t;
}

function numericPoints(chart: Chart): Array<Array<[number, number]>> {
  return chart.series.map((s) => s.points.map(([x, y], i) => [typeof x === 'number' ? x : i, y]));
}

/**
 * Draws a small line or bar chart as inline SVG, text set as text. The
 * chart is an image with the pack's text alternative as its name; colours
 * come from CSS so it reads in light and dark themes.
 */
export function renderChart(doc: Document, chart: Chart, lang: Lang): SVGSVGElement {
  const svg = el(doc, 'svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    class: `chart chart-kind-${chart.kind}`,
  });
  svg.setAttribute('aria-label', chart.alt[lang]);
  const series = numericPoints(chart);
  const all = series.flat();
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y1 = Math.max(...ys) || 1;
  const sx = (x: number): number =>
    PAD.left + ((x - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number): number => H - PAD.bottom - (y / y1) * (H - PAD.top - PAD.bottom);
  svg.append(
    el(doc, 'line', {
      x1: PAD.left,
      y1: H - PAD.bottom,
      x2: W - PAD.right,
      y2: H - PAD.bottom,
      class: 'chart-axis',
    }),
  );
  svg.append(
    text(doc, PAD.left - 4, PAD.top + 8, formatNumber(y1), 'end'),
    text(doc, PAD.left - 4, H - PAD.bottom, '0', 'end'),
  );
  if (chart.kind === 'line') {
    for (const points of series) {
      const d = points
        .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
        .join(' ');
      svg.append(el(doc, 'path', { d, class: 'chart-line' }));
    }
    svg.append(
      text(doc, PAD.left, H - 4, String(x0)),
      text(doc, W - PAD.right, H - 4, String(x1), 'end'),
    );
  } else {
    const points = chart.series[0]?.points ?? [];
    const bw = (W - PAD.left - PAD.right) / Math.max(points.length, 1);
    points.forEach(([label, y], i) => {
      const x = PAD.left + i * bw;
      svg.append(
        el(doc, 'rect', {
          x: x + 3,
          y: sy(y),
          width: bw - 6,
          height: H - PAD.bottom - sy(y),
          class: `chart-bar bar-${i % 2}`,
        }),
      );
      svg.append(text(doc, x + bw / 2, H - 6, String(label), 'middle'));
      svg.append(text(doc, x + bw / 2, sy(y) - 2, formatNumber(y), 'middle'));
    });
  }
  return svg;
}

function formatNumber(n: number): string {
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en');
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(3)));
}
