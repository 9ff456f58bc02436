import { describe, expect, it } from 'vitest';
import { trainLogistic } from './train-logistic';

const score = (w: Float64Array, row: readonly number[]): number =>
  row.reduce((z, f) => z + (w[f] ?? 0), w[w.length - 1] ?? 0);

describe('trainLogistic', () => {
  it('learns which feature marks the positive rows', () => {
    // Feature 0 is in every positive row, feature 1 in every negative one, feature 2 in both.
    const rows = [[0, 2], [0], [1, 2], [1], [0, 2], [1, 2]];
    const labels = [true, true, false, false, true, false];
    const w = trainLogistic(rows, labels, 3, { lambda: 0.1 });
    expect(w[0]).toBeGreaterThan(1);
    expect(w[1]).toBeLessThan(-1);
    expect(Math.abs(w[2] ?? 0)).toBeLessThan(0.5);
    rows.forEach((row, i) => expect(score(w, row) > 0).toBe(labels[i]));
  });

  it('reaches the optimum: the gradient of the penalised loss vanishes', () => {
    const rows = [[0], [0, 1], [1], [2], [0, 2], [1, 2], [0, 1, 2]];
    const labels = [true, true, false, false, true, false, true];
    const lambda = 0.5;
    const w = trainLogistic(rows, labels, 3, { lambda, iterations: 500 });
    const grad = new Float64Array(4);
    rows.forEach((row, r) => {
      const residual = 1 / (1 + Math.exp(-score(w, row))) - (labels[r] ? 1 : 0);
      for (const f of row) grad[f] = (grad[f] ?? 0) + residual;
      grad[3] = (grad[3] ?? 0) + residual;
    });
    for (let i = 0; i < 3; i += 1) grad[i] = (grad[i] ?? 0) + lambda * (w[i] ?? 0);
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-4);
  });

  it('gives the same weights on every run', () => {
    const rows = [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 3],
    ];
    const labels = [true, false, false, true];
    expect([...trainLogistic(rows, labels, 4)]).toEqual([...trainLogistic(rows, labels, 4)]);
  });
});
