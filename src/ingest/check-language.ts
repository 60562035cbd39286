import { detect } from "tinyld";

/**
 * Is this text English enough to analyse? Parallax's lexicons and model are English: another
 * language is reported, not mis-analysed. Unsure detections (short text) pass.
 * @returns null when fine, else the detected language code.
 */
export function detectForeignLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, " ").length < 60) return null;
  const letters = sample.match(/\p{L}/gu) ?? [];
  const latin = sample.match(/[A-Za-z]/g) ?? [];
  if (letters.length > 40 && latin.length / letters.length < 0.5) {
    return detect(sample) || "non-Latin script";
  }
  const lang = detect(sample);
  return lang && lang !== "en" ? lang : null;
}
