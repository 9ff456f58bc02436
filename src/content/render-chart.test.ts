// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import charts from '../core/packs/essay/charts.json';
import type { Chart } from '../core/packs/pack-schema';
import { renderChart } from './render-chart';

describe('renderChart', () => {
  it.each(Object.entries(charts))(
    'draws %s as an image named by its text alternative',
    (_id, chart) => {
      const svg = renderChart(document, chart as Chart, 'ko');
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(chart.alt.ko);
      // The root must not carry a series class: its stroke would be inherited by every label.
      expect(svg.getAttribute('class')).not.toMatch(/chart-(line|bar)\b/);
      expect(svg.querySelectorAll('text.chart-label').length).toBeGreaterThan(1);
    },
  );

  it('draws one path per line series and one bar per bar point', () => {
    const cpu = renderChart(document, charts['cpu-clock'] as Chart, 'en');
    expect(cpu.querySelectorAll('path.chart-line')).toHaveLength(charts['cpu-clock'].series.length);
    const price = renderChart(document, charts['price-cut'] as Chart, 'en');
    expect(price.querySelectorAll('rect.chart-bar')).toHaveLength(
      charts['price-cut'].series[0]!.points.length,
    );
  });
});
