import type { PairList } from "./pair-list.js";
import type { SentenceVector } from "./sentence-vectors.js";

interface Group {
  members: number[];
  docs: Set<number>;
  /** Sum of the members' weights; a lone sentence's own weights until another group joins it (not copied before). */
  centroid: Map<string, number>;
  ownCentroid: boolean;
  /** The centroid's length, kept until the centroid changes: a big fact's groups are compared again and again. */
  norm?: number | undefined;
}

function addInto(target: Map<string, number>, v: Map<string, number>): void {
  for (const [t, w] of v) target.set(t, (target.get(t) ?? 0) + w);
}

/** The centroid's length, as the unit vector divides by it (0 read as 1). */
function normOf(g: Group): number {
  if (g.norm === undefined) {
    let n = 0;
    for (const w of g.centroid.values()) n += w * w;
    g.norm = Math.sqrt(n) || 1;
  }
  return g.norm;
}

/**
 * Cosine of two groups' centroids: the dot product of their unit vectors, each term's weight divided
 * by its centroid's length as the unit vector holds it, summed in the smaller centroid's order (the
 * same doubles as building both unit vectors first, without building them).
 */
function centroidCosine(a: Group, b: Group): number {
  const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
  const ns = normOf(small);
  const nl = normOf(large);
  let dot = 0;
  for (const [t, w] of small.centroid) {
    const v = large.centroid.get(t);
    if (v !== undefined) dot += (w / ns) * (v / nl);
  }
  return dot;
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
    groups.push({ members: [i], docs: new Set([v?.doc ?? -1]), centroid: v?.weights ?? new Map(), ownCentroid: false });
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
    if (A.members.length + B.members.length > 2 && centroidCosine(A, B) < threshold) continue;
    const [keep, drop] = A.members.length >= B.members.length ? [A, B] : [B, A];
    const keepIndex = keep === A ? ga : gb;
    for (const m of drop.members) {
      keep.members.push(m);
      groupOf[m] = keepIndex;
    }
    for (const d of drop.docs) keep.docs.add(d);
    if (!keep.ownCentroid) {
      keep.centroid = new Map(keep.centroid);
      keep.ownCentroid = true;
    }
    addInto(keep.centroid, drop.centroid);
    keep.norm = undefined;
    drop.members = [];
    drop.docs.clear();
  }
  const out: number[][] = groups.filter((g) => g.members.length > 0).map((g) => g.members.sort((x, y) => x - y));
  for (let i = 0; i < vectors.length; i++) if ((groupOf[i] ?? -1) < 0) out.push([i]);
  return out;
}
