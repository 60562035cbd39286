import type { Disagreement } from "../../model/disagreement.js";
import type { Entity } from "../../model/entity.js";

/** Offices a title can name, grouped where two words are one office in different countries' usage. */
const OFFICE_GROUPS: ReadonlyArray<readonly string[]> = [
  ["president"], ["vice president"], ["prime minister", "premier"], ["chancellor"],
  ["minister", "secretary"], ["deputy minister", "deputy secretary", "undersecretary"],
  ["governor"], ["senator"], ["representative", "congressman", "congresswoman"], ["mayor"], ["ambassador"],
  ["spokesperson", "spokesman", "spokeswoman", "press secretary"], ["general"], ["admiral"], ["king"], ["queen"],
  ["chief executive", "ceo"], ["chairman", "chairwoman", "chair"], ["judge", "justice"], ["speaker"],
];

/** The office a title names, by its longest matching office phrase. */
function officeOf(title: string): { group: number; word: string } | undefined {
  const t = ` ${title.toLowerCase().replace(/[^a-z ]/g, " ").replace(/\s+/g, " ")} `;
  let best: { group: number; word: string } | undefined;
  OFFICE_GROUPS.forEach((words, group) => {
    for (const w of words) if (t.includes(` ${w} `) && (!best || w.length > best.word.length)) best = { group, word: w };
  });
  return best;
}

/**
 * Title conflicts from resolved entities: one person called "Defence Minister" by one source and
 * "Prime Minister" by another. Descriptions that are not offices ("aide", "adviser") are left out;
 * two words for one office ("Foreign Minister" / "Foreign Secretary") are a spelling-level difference.
 */
export function findTitleConflicts(entities: readonly Entity[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const e of entities) {
    if (e.type !== "person" || !e.rolesDiffer) continue;
    const byTitle = new Map<string, Entity["roles"]>();
    for (const r of e.roles) {
      const k = r.title.trim();
      if (!officeOf(k)) continue;
      if (!byTitle.has(k)) byTitle.set(k, []);
      byTitle.get(k)!.push(r);
    }
    const titles = [...byTitle.keys()];
    let severity: Disagreement["severity"] | undefined;
    for (let i = 0; i < titles.length; i++) for (let j = i + 1; j < titles.length; j++) {
      const a = titles[i]!.toLowerCase();
      const b = titles[j]!.toLowerCase();
      if (a.includes(b) || b.includes(a)) continue; // "Foreign Minister" within "Russian Foreign Minister"
      const sa = new Set(byTitle.get(titles[i]!)!.map((r) => r.source));
      if (byTitle.get(titles[j]!)!.every((r) => sa.has(r.source))) continue;
      const oa = officeOf(a)!;
      const ob = officeOf(b)!;
      if (oa.group !== ob.group) severity = "conflict";
      else if (oa.word !== ob.word && severity !== "conflict") severity = "spelling";
    }
    if (!severity) continue;
    out.push({
      id: "",
      kind: "title",
      slot: `title of ${e.name}`,
      positions: titles.map((t) => ({
        value: t,
        normalized: t.toLowerCase(),
        sources: [...new Set(byTitle.get(t)!.map((r) => r.source))],
        evidence: byTitle.get(t)!.map((r) => r.evidence),
      })),
      severity,
      explanation:
        severity === "conflict"
          ? `Sources give ${e.name} different offices: ${titles.join(" / ")}.`
          : `Sources name ${e.name}'s office in different words (${titles.join(" / ")}); likely the same post.`,
    });
  }
  return out;
}
