/** Training rows: for each example, the indexes of the features it holds (each once). */
export type SparseRows = ReadonlyArray<readonly number[]>;

/** Options of trainLogistic; the defaults are what the sentence model is trained with. */
export interface TrainOptions {
  /** L2 penalty on the feature weights (the bias is not penalised). */
  lambda?: number;
  iterations?: number;
  /** L-BFGS memory. */
  memory?: number;
  /** How much each row counts (1 each by default). */
  rowWeights?: readonly number[];
}

const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** The penalised log loss at `w` (features then bias), and its gradient into `grad`. */
function lossAndGradient(
  w: Float64Array,
  rows: SparseRows,
  labels: readonly boolean[],
  lambda: number,
  grad: Float64Array,
  rowWeights: readonly number[] | undefined,
): number {
  const bias = w.length - 1;
  grad.fill(0);
  let loss = 0;
  rows.forEach((row, r) => {
    let z = w[bias] ?? 0;
    for (const f of row) z += w[f] ?? 0;
    const weight = rowWeights?.[r] ?? 1;
    loss += weight * (labels[r] ? softplus(-z) : softplus(z));
    const residual = weight * (sigmoid(z) - (labels[r] ? 1 : 0));
    for (const f of row) grad[f] = (grad[f] ?? 0) + residual;
    grad[bias] = (grad[bias] ?? 0) + residual;
  });
  for (let i = 0; i < bias; i += 1) {
    const wi = w[i] ?? 0;
    loss += 0.5 * lambda * wi * wi;
    grad[i] = (grad[i] ?? 0) + lambda * wi;
  }
  return loss;
}

/**
 * Fits an L2-penalised logistic regression by L-BFGS (deterministic: it
 * starts from zero and uses every row each step). Returns the weights of
 * the `dimension` features followed by the bias.
 */
export function trainLogistic(
  rows: SparseRows,
  labels: readonly boolean[],
  dimension: number,
  options: TrainOptions = {},
): Float64Array {
  const { lambda = 0.7, iterations = 300, memory = 10, rowWeights } = options;
  const n = dimension + 1;
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let loss = lossAndGradient(w, rows, labels, lambda, g, rowWeights);
  const steps: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  for (let it = 0; it < iterations; it += 1) {
    // Two-loop recursion: d = -H g.
    const d = Float64Array.from(g, (x) => -x);
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      const step = steps[k];
      if (!step) continue;
      const { s, y, rho } = step;
      const a = rho * dot(s, d);
      alphas[k] = a;
      for (let i = 0; i < n; i += 1) d[i] = (d[i] ?? 0) - a * (y[i] ?? 0);
    }
    const last = steps[steps.length - 1];
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, rows.length);
    for (let i = 0; i < n; i += 1) d[i] = (d[i] ?? 0) * gamma;
    for (let k = 0; k < steps.length; k += 1) {
      const step = steps[k];
      if (!step) continue;
      const { s, y, rho } = step;
      const b = rho * dot(y, d);
      const a = alphas[k] ?? 0;
      for (let i = 0; i < n; i += 1) d[i] = (d[i] ?? 0) + (a - b) * (s[i] ?? 0);
    }
    // Backtracking line search (Armijo).
    const slope = dot(g, d);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(n);
    const nextGrad = new Float64Array(n);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries += 1) {
      for (let i = 0; i < n; i += 1) next[i] = (w[i] ?? 0) + step * (d[i] ?? 0);
      nextLoss = lossAndGradient(next, rows, labels, lambda, nextGrad, rowWeights);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = Float64Array.from(next, (x, i) => x - (w[i] ?? 0));
    const y = Float64Array.from(nextGrad, (x, i) => x - (g[i] ?? 0));
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > memory) steps.shift();
    }
    const improved = loss - nextLoss;
    w = next;
    g = nextGrad;
    loss = nextLoss;
    if (improved < 1e-9 * Math.max(1, Math.abs(loss))) break;
  }
  return w;
}
