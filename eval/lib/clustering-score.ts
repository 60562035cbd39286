/** B-cubed precision, recall and F1 (Bagga and Baldwin 1998), averaged over items. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Score predicted clusters against gold ones. Both map item id -> cluster label; items missing from
 * `predicted` are ignored (they were not stored).
 */
export function scoreBCubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string | number>): BCubed {
  const items = [...predicted.keys()].filter((k) => gold.has(k));
  const byPred = new Map<string | number, string[]>();
  const byGold = new Map<string, string[]>();
  for (const k of items) {
    const p = predicted.get(k) as string | number;
    const g = gold.get(k) as string;
    byPred.set(p, [...(byPred.get(p) ?? []), k]);
    byGold.set(g, [...(byGold.get(g) ?? []), k]);
  }
  let precision = 0;
  let recall = 0;
  for (const k of items) {
    const g = gold.get(k) as string;
    const predMates = byPred.get(predicted.get(k) as string | number) ?? [];
    const goldMates = byGold.get(g) ?? [];
    const both = predMates.filter((m) => gold.get(m) === g).length;
    precision += both / predMates.length;
    recall += both / goldMates.length;
  }
  const n = items.length || 1;
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
