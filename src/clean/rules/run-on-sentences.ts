import type { InlineEdit, InlineRule } from "./inline-edit.js";

/** Which straight double quotes in a line open a quotation (even count before them) and which close one. */
function straightQuoteRoles(line: string): Map<number, "open" | "close"> {
  const roles = new Map<number, "open" | "close">();
  let n = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) roles.set(i, n++ % 2 === 0 ? "open" : "close");
  return roles;
}

/**
 * "Ukraine.Why it matters:" and "fruition."We really" — scraped text drops the space after a
 * sentence end. Put it back: after [.!?] (and a closing quote) directly followed by a capital or an
 * opening quote. Needs two lower-case letters or a digit before the stop, so "U.S.A" and "Ph.D" stay.
 */
export const runOnSentences: InlineRule = {
  name: "run-on-sentences",
  find: (line) => {
    const edits: InlineEdit[] = [];
    const roles = straightQuoteRoles(line);
    const re = /(?:[a-z]{2}|[0-9)%])[.!?]/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      let at = m.index + m[0].length;
      const next = line[at];
      if (next === undefined) continue;
      if (next === '"') {
        if (roles.get(at) === "close") {
          // "hoax."The bottom line — the quote closes; break after it.
          at += 1;
          if (/[A-Z“"]/.test(line[at] ?? "")) edits.push({ kind: "space", at, rule: "run-on-sentences" });
        } else if (/[A-Z]/.test(line[at + 1] ?? "")) {
          // fruition."We really — the quote opens the next sentence; break before it.
          edits.push({ kind: "space", at, rule: "run-on-sentences" });
        }
        continue;
      }
      if (next === "”" || next === "’") {
        if (/[A-Z“"]/.test(line[at + 1] ?? "")) edits.push({ kind: "space", at: at + 1, rule: "run-on-sentences" });
        continue;
      }
      if (/[A-Z“]/.test(next) && !/[A-Z]/.test(line[at + 1] ?? "a")) {
        edits.push({ kind: "space", at, rule: "run-on-sentences" });
      } else if (/[A-Z]/.test(next)) {
        edits.push({ kind: "space", at, rule: "run-on-sentences" });
      }
    }
    return edits;
  },
};
