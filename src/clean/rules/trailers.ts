import type { InlineEdit, InlineRule } from "./inline-edit.js";

/**
 * "Editor's note: This story has been updated with new details throughout." — notes about the article
 * itself at its end, not reporting. Dropped from the label to the end of the last paragraph.
 */
const TRAILER =
  /(^|(?<=[.!?]["”’]?\s?))(Editor['’]s note|Editors['’] note|Correction|Clarification|Update|Updated|This (story|article) (has been|was) (updated|corrected)|Reporting by|Additional reporting by|Contributing:|Follow us on|Sign up for|Copyright)/i;

export const trailers: InlineRule = {
  name: "trailers",
  find: (line, isLastLine) => {
    if (!isLastLine) return [];
    const m = TRAILER.exec(line);
    if (!m) return [];
    const start = m.index + (m[1] ?? "").length;
    if (start === 0 && !/^(Editor|Correction|Clarification|This)/i.test(line)) return [];
    return [{ kind: "drop", start, end: line.length, rule: "trailers", reason: "note about the article (editor's note, credits), not reporting" }];
  },
};
