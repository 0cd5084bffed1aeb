// Gradient-boosted shallow regression trees with logistic loss, for the quotation model
// (src/core/quotes/quote-model.ts evaluates what this trains). Plain JavaScript, no dependency: a few
// thousand rows of a few dozen features train in seconds.
// Each tree is complete to its depth and stored in heap order: `splits` holds [feature, threshold] for
// the 2^depth - 1 inner nodes (a row goes right when its value is above the threshold), `leaves` the
// 2^depth values added to the score. Leaves are Newton steps on the log loss (gradient over hessian,
// with L2 `lambda`), shrunk by the learning rate; splits are chosen on binned values (the midpoints
// between a feature's distinct values, at most `bins` of them).

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
/**
 * The threshold of a node that does not split: above every feature value, so every row goes left. Written
 * short ("1e+300") rather than Number.MAX_VALUE, which took 23 characters in each of the shipped model's
 * hundreds of such nodes.
 */
const UNSPLIT = 1e300;

/** Candidate thresholds of one feature: midpoints between its distinct values, thinned to `bins` by quantile. */
function thresholdsOf(values, bins) {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  let cuts = distinct.slice(1).map((v, k) => (v + distinct[k]) / 2);
  if (cuts.length > bins) cuts = Array.from({ length: bins }, (_, k) => cuts[Math.floor(((k + 0.5) * cuts.length) / bins)]);
  return [...new Set(cuts.map((c) => Math.round(c * 1e6) / 1e6))];
}

/** The bin of a value: how many thresholds it is above. */
function binOf(cuts, value) {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value > cuts[mid]) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Trains on rows `xs` (arrays of numbers, one per feature) and labels `ys` (0 or 1).
 * `onTree(k, model)` is called after each tree with the model so far (for cross-validation curves at
 * several tree counts: the caller adds the newest tree's leaf to its held-out rows' scores with the
 * shipped scorer, quote-model.ts's treeLeaf). Returns { bias, depth, splits, leaves }.
 */
export function trainBoostedTrees(xs, ys, { depth = 3, trees = 100, rate = 0.1, lambda = 1, minLeaf = 20, bins = 64, onTree } = {}) {
  const n = xs.length;
  const features = xs[0].length;
  const cuts = Array.from({ length: features }, (_, j) => thresholdsOf(xs.map((x) => x[j]), bins));
  const binned = Array.from({ length: features }, (_, j) => Uint8Array.from(xs, (x) => binOf(cuts[j], x[j])));
  const mean = ys.reduce((a, b) => a + b, 0) / n;
  const bias = Math.log(mean / (1 - mean));
  const score = new Float64Array(n).fill(bias);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const inner = 2 ** depth - 1;
  const model = { bias, depth, splits: [], leaves: [] };

  for (let t = 0; t < trees; t += 1) {
    for (let i = 0; i < n; i += 1) {
      const p = sigmoid(score[i]);
      grad[i] = p - ys[i];
      hess[i] = Math.max(p * (1 - p), 1e-6);
    }
    const splits = new Array(inner * 2);
    const leaves = new Array(inner + 1);
    // node -> its rows; an unsplit node sends every row left and repeats its value on both sides.
    let level = [Uint32Array.from({ length: n }, (_, i) => i)];
    for (let d = 0; d < depth; d += 1) {
      const next = [];
      level.forEach((rows, k) => {
        const node = 2 ** d - 1 + k;
        const best = bestSplit(rows, binned, cuts, grad, hess, lambda, minLeaf);
        if (best === null) {
          splits[2 * node] = 0;
          splits[2 * node + 1] = UNSPLIT;
          next.push(rows, new Uint32Array(0));
          return;
        }
        splits[2 * node] = best.feature;
        splits[2 * node + 1] = cuts[best.feature][best.bin];
        const column = binned[best.feature];
        next.push(rows.filter((i) => column[i] <= best.bin), rows.filter((i) => column[i] > best.bin));
      });
      level = next;
    }
    // Leaves: Newton step; an empty leaf (right of an unsplit node) takes its sibling's value.
    level.forEach((rows, k) => {
      let g = 0;
      let h = 0;
      for (const i of rows) { g += grad[i]; h += hess[i]; }
      leaves[k] = rows.length === 0 ? null : Math.round((-rate * g) / (h + lambda) * 1e5) / 1e5;
    });
    for (let k = 0; k < leaves.length; k += 1) if (leaves[k] === null) leaves[k] = leaves[k ^ 1] ?? 0;
    model.splits.push(splits);
    model.leaves.push(leaves);
    level.forEach((rows, k) => { for (const i of rows) score[i] += leaves[k]; });
    onTree?.(t + 1, model);
  }
  return model;
}

function bestSplit(rows, binned, cuts, grad, hess, lambda, minLeaf) {
  if (rows.length < 2 * minLeaf) return null;
  let gAll = 0;
  let hAll = 0;
  for (const i of rows) { gAll += grad[i]; hAll += hess[i]; }
  const parent = (gAll * gAll) / (hAll + lambda);
  let best = null;
  let bestGain = 1e-9;
  for (let j = 0; j < binned.length; j += 1) {
    const nBins = cuts[j].length + 1;
    if (nBins < 2) continue;
    const g = new Float64Array(nBins);
    const h = new Float64Array(nBins);
    const c = new Uint32Array(nBins);
    const column = binned[j];
    for (const i of rows) { const b = column[i]; g[b] += grad[i]; h[b] += hess[i]; c[b] += 1; }
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < nBins - 1; b += 1) {
      gl += g[b]; hl += h[b]; cl += c[b];
      if (cl < minLeaf || rows.length - cl < minLeaf) continue;
      const gr = gAll - gl;
      const hr = hAll - hl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > bestGain) { bestGain = gain; best = { feature: j, bin: b }; }
    }
  }
  return best;
}
