/** WHATWG windows-1252 code points for bytes 0x80-0x9F (the rest equals Latin-1). */
const HIGH_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decode windows-1252 as browsers do. Node 20's `TextDecoder("windows-1252")` is really ISO-8859-1:
 * it turns 0x92 into the control character U+0092 instead of "’", so "The owner’s café" came out with
 * an invisible character where the apostrophe was. Smart quotes and dashes live in 0x80-0x9F.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH_1252[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}
