import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeHtmlBytes, sniffDeclaredCharset } from "../../../src/ingest/encoding/decode-html-bytes.js";

const ascii = (s: string) => [...new TextEncoder().encode(s)];
const page = (head: string, body: number[]) => new Uint8Array([...ascii(`<html><head>${head}</head><body><p>`), ...body, ...ascii("</p></body></html>")]);
/** "café" and "Привет" in legacy encodings, written as bytes so the test file stays UTF-8. */
const CAFE_1252 = [0x63, 0x61, 0x66, 0xe9];
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const A_SJIS = [0x82, 0xa0];

describe("decodeHtmlBytes", () => {
  it("encoding: <meta charset> selects a legacy encoding (windows-1251)", () => {
    const d = decodeHtmlBytes(page('<meta charset="windows-1251">', PRIVET_1251));
    assert.match(d.text, /Привет/);
    assert.equal(d.source, "meta");
  });

  it("encoding: <meta http-equiv content=...charset> is read too", () => {
    const d = decodeHtmlBytes(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', CAFE_1252));
    assert.match(d.text, /café/);
  });

  it("encoding: the HTTP header charset wins over the page's meta", () => {
    const d = decodeHtmlBytes(page('<meta charset="utf-8">', A_SJIS), "text/html; charset=Shift_JIS");
    assert.match(d.text, /あ/);
    assert.equal(d.source, "header");
  });

  it("encoding: a UTF-8 byte-order mark wins over everything", () => {
    const d = decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...page('<meta charset="windows-1251">', ascii("café").length ? [...new TextEncoder().encode("café")] : [])]));
    assert.match(d.text, /café/);
    assert.equal(d.source, "bom");
    assert.ok(!d.text.startsWith("\uFEFF"));
  });

  it("encoding: a page mislabelled latin-1 but saved as UTF-8 is read as UTF-8 (no mojibake)", () => {
    const d = decodeHtmlBytes(page('<meta charset="iso-8859-1">', [...new TextEncoder().encode("café — naïve")]));
    assert.match(d.text, /café — naïve/);
    assert.ok(!/Ã/.test(d.text));
    assert.match(d.warning ?? "", /valid UTF-8/);
  });

  it("encoding: undeclared non-UTF-8 bytes fall back to windows-1252, with a warning", () => {
    const d = decodeHtmlBytes(page("", CAFE_1252));
    assert.match(d.text, /café/);
    assert.equal(d.encoding, "windows-1252");
    assert.ok(d.warning);
  });

  it("encoding: an XML declaration names a feed's encoding", () => {
    const bytes = new Uint8Array([...ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>'), ...CAFE_1252, ...ascii("</title></channel></rss>")]);
    assert.equal(sniffDeclaredCharset(bytes)?.source, "xml-declaration");
    assert.match(decodeHtmlBytes(bytes).text, /<title>café</);
  });

  it("encoding: an unknown charset label is reported and the bytes still decode", () => {
    const d = decodeHtmlBytes(page('<meta charset="x-no-such-charset">', [...new TextEncoder().encode("naïve")]));
    assert.match(d.text, /naïve/);
    assert.match(d.warning ?? "", /unknown charset/);
  });

  it("encoding: windows-1252 smart quotes and dashes decode as browsers do (not as C1 controls)", () => {
    const d = decodeHtmlBytes(page('<meta charset="windows-1252">', [0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x92]));
    assert.match(d.text, /“hi” – €5’/);
    assert.ok(!/[\u0080-\u009f]/.test(d.text));
  });
});
