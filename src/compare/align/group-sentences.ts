import type { PairList } from "./pair-list.js";
import { cosine, type SentenceVector } from "./sentence-vectors.js";

interface Group {
  members: number[];
  docs: Set<number>;
  centroid: Map<string, number>;
  /** `unit(centroid)`, kept until the centroid changes: a big fact's groups are compared again and again. */
  unitCentroid?: Map<string, number> | undefined;
}

function addInto(target: Map<string, number>, v: Map<string, number>): void {
  for (const [t, w] of v) target.set(t, (target.get(t) ?? 0) + w);
}

function unit(v: Map<string, number>): Map<string, number> {
  let n = 0;
  for (const w of v.values()) n += w * w;
  n = Math.sqrt(n) || 1;
  const out = new Map<string, number>();
  for (const [t, w] of v) out.set(t, w / n);
  return out;
}

function unitOf(g: Group): Map<string, number> {
  g.unitCentroid ??= unit(g.centroid);
  return g.unitCentroid;
}

/**
 * Merge aligned pairs into groups, strongest pairs first. A group holds at most one sentence per
 * source (a source does not corroborate itself), and two groups merge only when their centroids are
 * still similar: this stops chains of loosely related sentences from becoming one "fact".
 */
export function groupSentences(vectors: readonly SentenceVector[], pairs: PairList, threshold: number): number[][] {
  const groupOf = new Int32Array(vectors.length).fill(-1);
  const groups: Group[] = [];
  const groupFor = (i: number): number => {
    if ((groupOf[i] ?? -1) >= 0) return groupOf[i] ?? -1;
    const v = vectors[i];
    groups.push({ members: [i], docs: new Set([v?.doc ?? -1]), centroid: new Map(v?.weights ?? []) });
    groupOf[i] = groups.length - 1;
    return groups.length - 1;
  };
  for (let k = 0; k < pairs.length; k++) {
    const a = pairs.a[k] as number;
    const b = pairs.b[k] as number;
    const ga = groupFor(a);
    const gb = groupFor(b);
    if (ga === gb) continue;
    const A = groups[ga];
    const B = groups[gb];
    if (!A || !B) continue;
    // A source in both groups: looked up from the smaller group's sources, stopping at the first.
    const [few, many] = A.docs.size <= B.docs.size ? [A.docs, B.docs] : [B.docs, A.docs];
    let clash = false;
    for (const d of few) {
      if (many.has(d)) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    if (A.members.length + B.members.length > 2 && cosine(unitOf(A), unitOf(B)) < threshold) continue;
    const [keep, drop] = A.members.length >= B.members.length ? [A, B] : [B, A];
    const keepIndex = keep === A ? ga : gb;
    for (const m of drop.members) {
      keep.members.push(m);
      groupOf[m] = keepIndex;
    }
    for (const d of drop.docs) keep.docs.add(d);
    addInto(keep.centroid, drop.centroid);
    keep.unitCentroid = undefined;
    drop.members = [];
    drop.docs.clear();
  }
  const out: number[][] = groups.filter((g) => g.members.length > 0).map((g) => g.members.sort((x, y) => x - y));
  for (let i = 0; i < vectors.length; i++) if ((groupOf[i] ?? -1) < 0) out.push([i]);
  return out;
}
