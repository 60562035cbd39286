import { decodeWindows1252 } from "./decode-windows-1252.js";

/** Where the encoding used to decode a page came from. */
export type EncodingSource = "bom" | "header" | "meta" | "xml-declaration" | "utf8-valid" | "default";

/** A decoded page: its text, the encoding used, where that choice came from, and any doubt about it. */
export interface DecodedPage {
  text: string;
  encoding: string;
  source: EncodingSource;
  warning?: string;
}

/** The `charset=` parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1];
}

/** The charset a page declares in its first bytes: `<meta charset>`, `<meta http-equiv content>` or `<?xml encoding>`. */
export function sniffDeclaredCharset(bytes: Uint8Array): { charset: string; source: "meta" | "xml-declaration" } | undefined {
  // Declarations are ASCII and, by the HTML spec, within the first 1024 bytes; we look a little further
  // because pages put long <script> blocks first.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8192));
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return { charset: xml[1], source: "xml-declaration" };
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i);
  if (meta?.[1]) return { charset: meta[1], source: "meta" };
  return undefined;
}

/** A TextDecoder for a label, or undefined when the label is unknown to WHATWG/ICU. */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return undefined;
  }
}

/** True when the bytes are valid UTF-8 and hold at least one multi-byte sequence (so are not plain ASCII). */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode an HTML page or feed without mojibake. Order: byte-order mark, HTTP `charset`, `<meta>` or
 * `<?xml encoding>`, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers do).
 * A declared legacy charset loses to UTF-8 when the bytes are valid non-ASCII UTF-8: a page saved as
 * UTF-8 but still saying `charset=iso-8859-1` is a common mislabel, and valid multi-byte UTF-8 almost
 * never happens by chance in a legacy encoding. Legacy encodings (Shift_JIS, GBK, KOI8-R, ...) decode
 * through Node's ICU-backed TextDecoder.
 * @example decodeHtmlBytes(bytes, "text/html; charset=windows-1251").text
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", source: "bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", source: "bom" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", source: "bom" };

  const header = charsetFromContentType(contentType);
  const declared = header ? { charset: header, source: "header" as const } : sniffDeclaredCharset(bytes);
  let warning: string | undefined;
  if (declared) {
    const decoder = decoderFor(declared.charset);
    if (!decoder) warning = `unknown charset "${declared.charset}" (from ${declared.source}); guessed instead`;
    else {
      let encoding = decoder.encoding;
      // An ASCII-compatible page cannot really be UTF-16 if it declared so in ASCII bytes (HTML spec).
      if (encoding.startsWith("utf-16")) encoding = "utf-8";
      if (encoding !== "utf-8" && isNonAsciiUtf8(bytes)) {
        return {
          text: new TextDecoder("utf-8").decode(bytes),
          encoding: "utf-8",
          source: "utf8-valid",
          warning: `page declares ${declared.charset} but its bytes are valid UTF-8; read as UTF-8`,
        };
      }
      if (encoding === "utf-8") {
        const strict = decoderFor("utf-8", true);
        try {
          return { text: strict?.decode(bytes) ?? "", encoding, source: declared.source };
        } catch {
          return {
            text: decodeWindows1252(bytes),
            encoding: "windows-1252",
            source: "default",
            warning: `page declares UTF-8 but its bytes are not; read as windows-1252`,
          };
        }
      }
      return { text: encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes), encoding, source: declared.source };
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", source: "utf8-valid", ...(warning ? { warning } : {}) };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: "windows-1252",
      source: "default",
      warning: warning ?? "no charset declared and not UTF-8; read as windows-1252",
    };
  }
}
