import { type LineRule, SENTENCE_END, countWords } from "./line-rule.js";

/** Page furniture that stands alone on a line: the general vocabulary of news sites' interfaces. */
const INTERFACE_LABELS = new RegExp(
  "^(comments?|\\d+ comments?|similar news|related( news| stories| articles| coverage| content)?|" +
    "more (news|stories)|read more|see also|most (read|popular|viewed)|trending( now)?|share( this)?( article| story)?|" +
    "advertisement|sponsored( content)?|subscribe( now)?|sign up|log ?in|newsletter|follow us( on .*)?|" +
    "tags?|topics?|top stories|recommended( for you)?|you may also like|latest( news)?|print|email|" +
    "skip to (main )?content|back to top|view comments|leave a comment|show comments|load more|" +
    "photo|video|watch|listen|image|getty images|ap photo|reuters)$",
  "i",
);

/** "Comments", "Similar News", "Advertisement" on a line of their own. */
export const interfaceLine: LineRule = {
  name: "interface-line",
  reason: "site interface label standing alone",
  test: (line) => countWords(line, 6) <= 5 && !SENTENCE_END.test(line.trim()) && INTERFACE_LABELS.test(line.trim()),
};
