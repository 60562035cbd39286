import { dimensionOf } from "../../annotate/values/value-draft.js";
import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import { rangesConflict, statedDiffer } from "./compare-ranges.js";
import { describeSlot } from "./describe-slot.js";
import { describeValue } from "./describe-value.js";
import type { LocatedValue, ValuePair } from "./located-value.js";
import { agree, nameSources } from "./name-sources.js";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Kind = Disagreement["kind"];
type Position = Disagreement["positions"][number];

function kindOf(v: LocatedValue): Kind {
  const k = v.value.kind;
  if (k === "fraction") return "percent";
  if (k === "duration" || k === "distance" || k === "money" || k === "count" || k === "percent" || k === "date") return k;
  return "number";
}

/** Groups of values connected by comparable pairs (union-find). */
function connect(pairs: readonly ValuePair[]): LocatedValue[][] {
  const parent = new Map<LocatedValue, LocatedValue>();
  const find = (x: LocatedValue): LocatedValue => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  // Pairs read by index (no iterator per pair: a big story compares hundreds of thousands).
  for (const p of pairs) {
    const a = p[0];
    const b = p[1];
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<LocatedValue, LocatedValue[]>();
  for (const v of parent.keys()) {
    const r = find(v);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(v);
  }
  return [...groups.values()];
}

/**
 * Turn comparable pairs into disagreements: one per slot group whose readings differ between
 * sources. Ranges that cannot overlap are a conflict; overlapping readings of different precision are
 * "precision"; readings that say the same thing are no disagreement at all.
 */
export function compareSlotValues(docs: readonly Doc[], pairs: readonly ValuePair[]): Disagreement[] {
  const out: Disagreement[] = [];
  // Each value's reading as shown, worked out once: a big story's groups hold thousands of values.
  const described = new Map<LocatedValue, string>();
  const describe = (v: LocatedValue) => {
    let d = described.get(v);
    if (d === undefined) described.set(v, (d = describeValue(v.value)));
    return d;
  };
  const components = connect(pairs);
  const componentOf = new Map<LocatedValue, number>();
  components.forEach((c, i) => {
    for (const v of c) componentOf.set(v, i);
  });
  const pairsOf = components.map(() => [] as ValuePair[]);
  for (const p of pairs) pairsOf[componentOf.get(p[0]) ?? -1]?.push(p);
  for (const [ci, component] of components.entries()) {
    // Only values compared directly count: a chain a~b~c does not make a and c one slot.
    const direct = pairsOf[ci] ?? [];
    // The conflict shown is the best-attested one (then the widest): a chain of looser pairs may
    // join a component, and its far-apart figures are the likeliest to be of different things.
    let conflict: ValuePair | undefined;
    let precision: ValuePair | undefined;
    let best = [-1, -1];
    for (const p of direct) {
      const a = p[0];
      const b = p[1];
      if (rangesConflict(a.value, b.value)) {
        const gap = Math.abs(a.value.low + a.value.high - b.value.low - b.value.high);
        if (p.strength > best[0]! || (p.strength === best[0] && gap > best[1]!)) {
          best = [p.strength, gap];
          conflict = p;
        }
      } else if ((!precision || p.strength > precision.strength) && statedDiffer(a.value, b.value)) precision = p;
    }
    const pair = conflict ?? precision;
    if (!pair) continue;
    // The readings shown: the two that differ, the values that state either reading and were compared
    // directly with it (other sources behind it), and every value compared directly with any of those.
    // "5.7%" / "5.4%" and, compared with another source's "5.4%", a headline's "25.4%": one rate.
    const [x, y] = pair;
    const anchors = new Set<LocatedValue>(pair);
    const sameReading = (v: LocatedValue, w: LocatedValue) => describe(v) === describe(w);
    for (const p of direct) {
      const a = p[0];
      const b = p[1];
      if ((a === x || a === y) && sameReading(a, b)) anchors.add(b);
      if ((b === x || b === y) && sameReading(a, b)) anchors.add(a);
    }
    const shown = new Set<LocatedValue>(anchors);
    for (const p of direct) {
      const a = p[0];
      const b = p[1];
      if (anchors.has(a)) shown.add(b);
      if (anchors.has(b)) shown.add(a);
    }
    const group = component.filter((v) => shown.has(v));
    const byReading = new Map<string, LocatedValue[]>();
    for (const v of group.sort((a, b) => a.source.localeCompare(b.source) || a.value.start - b.value.start)) {
      const k = describe(v);
      if (!byReading.has(k)) byReading.set(k, []);
      byReading.get(k)!.push(v);
    }
    if (byReading.size < 2) continue;
    const first = group[0]!;
    const positions: Position[] = [...byReading.entries()].map(([normalized, vs]) => ({
      value: vs[0]!.value.text,
      normalized,
      sources: [...new Set(vs.map((v) => v.source))],
      evidence: vs.map((v) => ({ source: v.source, start: v.value.sentenceStart, end: v.value.sentenceEnd })),
    }));
    const slot = describeSlot(first.value);
    const [a, b] = pair;
    const sourcesA = [...new Set(group.filter((v) => describe(v) === describe(a)).map((v) => v.source))];
    const sourcesB = [...new Set(group.filter((v) => describe(v) === describe(b)).map((v) => v.source))];
    // "One source gives ... as X, another as Y"; named outlets read as themselves.
    const other = (ids: string[]) => (nameSources(docs, ids) === "one source" ? "another" : nameSources(docs, ids));
    const explanation = conflict
      ? `${capitalize(nameSources(docs, sourcesA))} ${agree(sourcesA, "gives", "give")} the ${slot} as ${a.value.text}, ` +
        `${other(sourcesB)} as ${b.value.text}: both cannot be right.`
      : `${capitalize(nameSources(docs, sourcesA))} ${agree(sourcesA, "says", "say")} ${a.value.text}, ${other(sourcesB)} ` +
        `${b.value.text}: the figures overlap and differ only in precision.`;
    out.push({
      id: "",
      kind: kindOf(first),
      slot: dimensionOf(first.value) === "weekday" ? slot.replace("date", "day") : slot,
      positions,
      severity: conflict ? "conflict" : "precision",
      explanation,
    });
  }
  return out;
}
