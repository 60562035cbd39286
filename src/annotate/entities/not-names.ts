/**
 * Capitalised words that are not names on their own: months, weekdays, section labels and common words
 * that open sentences or headlines ("Analysis", "Update", "Breaking"). Lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
  "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "today", "tonight", "yesterday", "tomorrow", "am", "pm", "a.m.", "p.m.",
  "analysis", "opinion", "update", "updated", "breaking", "live", "watch", "read", "more", "related",
  "advertisement", "photo", "video", "editorial", "exclusive", "comment", "news", "share", "subscribe",
  "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "from", "by", "with",
  "as", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i",
  "you", "his", "her", "their", "our", "my", "your", "after", "before", "while", "when", "where",
  "what", "who", "why", "how", "yes", "no", "not", "so", "still", "also", "then", "now", "once",
  "god", "internet", "web", "english", "french", "german", "spanish", "russian", "chinese", "arabic",
]);

/** True when a lower-cased word can never be a name by itself. */
export function isNotName(lower: string): boolean {
  return NOT_NAMES.has(lower);
}
