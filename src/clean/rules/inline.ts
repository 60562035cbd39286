import type { InlineRule } from "./inline-edit.js";
import { runOnSentences } from "./run-on-sentences.js";
import { sectionLabels } from "./section-labels.js";
import { trailers } from "./trailers.js";

export const INLINE_RULES: readonly InlineRule[] = [runOnSentences, sectionLabels, trailers];
