import type { InlineEdit, InlineRule } from "./inline-edit.js";

/**
 * Words that open the section labels of explainer-style news ("Why it matters:", "The big picture:",
 * "Between the lines:", "What they're saying:"). General newsroom vocabulary, not one outlet's.
 */
const LABEL_OPENERS = new Set([
  "why", "what", "how", "where", "when", "who", "the", "between", "by", "catch", "driving", "go", "zoom",
  "yes", "flashback", "state", "context", "background", "update", "related", "bottom", "big", "reality",
  "worth", "details", "situational", "our", "be", "get", "keep", "for", "look", "in", "of", "editor's",
  "editor’s", "what's", "what’s", "watch", "read", "more", "note", "analysis", "timeline", "key",
]);

/** A label: 1-5 words, only the first capitalised, then a colon and a capital that is not a quote. */
const LABEL = /(^|(?<=[.!?]["”’]?\s?))([A-Z][a-z’']*(?: [a-z’']+){0,4}): (?=[A-Z])/g;

export const sectionLabels: InlineRule = {
  name: "section-labels",
  find: (line) => {
    const edits: InlineEdit[] = [];
    // Every label ends in ": ": a line without one is not scanned.
    if (!line.includes(": ")) return edits;
    for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) {
      const label = m[2] ?? "";
      const first = (label.split(" ")[0] ?? "").toLowerCase();
      if (!LABEL_OPENERS.has(first)) continue;
      const start = m.index + (m[1] ?? "").length;
      edits.push({
        kind: "drop",
        start,
        end: start + label.length + 2,
        rule: "section-labels",
        reason: "section label of the page layout, not part of the sentence",
      });
    }
    return edits;
  },
};
