/** The result of turning bytes into text, or the reason it could not be done. */
export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

/** Bytes that never occur in text: NUL and most C0 controls. */
function firstBinaryByte(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) return i;
  }
  return -1;
}

const SIGNATURES: Array<[string, number[]]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a zip archive (or docx/xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
];

/**
 * Decode a file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary files and
 * text that is mostly not valid UTF-8 are refused with the reason.
 * @example decodeText(new TextEncoder().encode("hello")) // { ok: true, text: "hello" }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `not text: it is ${what}; pass .txt, .html or a feed` };
  }
  const bad = firstBinaryByte(bytes);
  if (bad >= 0) return { ok: false, reason: `not text (binary bytes at offset ${bad}); pass .txt, .html or a feed` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "") };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    if (replaced > Math.max(3, text.length * 0.01)) {
      return { ok: false, reason: `not valid UTF-8 (${replaced} undecodable bytes); save it as UTF-8` };
    }
    return { ok: true, text, warning: `${replaced} invalid UTF-8 byte(s) replaced with U+FFFD` };
  }
}
