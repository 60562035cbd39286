import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { briefArticles } from "../../src/index.js";
import { renderHtml } from "../../src/render/html.js";
import { renderMarkdown } from "../../src/render/markdown.js";

const HOSTILE = `<script>window.__pwned=1</script> The council voted <img src=x onerror="alert(1)"> to repair the bridge on Tuesday.
The mayor said the <a href="javascript:alert(2)">vote</a> was overdue. </style><style>body{display:none}</style>`;
const PLAIN = "The council voted to repair the bridge on Tuesday. The mayor said the vote was overdue and welcomed it.";

describe("renderHtml", () => {
  const b = briefArticles([
    { id: "evil", path: "evil.txt", body: HOSTILE, title: '<b onmouseover="x()">Title</b>' },
    { id: "plain", path: "plain.txt", body: PLAIN },
  ]);
  const html = renderHtml(b);

  it("render: escapes every piece of article text", () => {
    assert.ok(!html.includes("<script>window"), "raw script tag in output");
    assert.ok(!/<img[^>]*onerror/i.test(html), "raw event handler in output");
    assert.ok(!html.includes('href="javascript:'), "javascript: link in output");
    assert.ok(!html.includes("<style>body{display:none}"), "injected style in output");
    assert.ok(html.includes("&lt;script&gt;"), "escaped text missing");
  });

  it("render: is self-contained, with a restrictive content security policy and no scripts", () => {
    assert.match(html, /Content-Security-Policy/);
    assert.ok(!/<script/i.test(html));
    assert.ok(!/(src|href)="https?:/i.test(html));
  });

  it("render: citations link to anchors that exist in the source view", () => {
    const targets = [...html.matchAll(/href="#(s\d+-\d+)"/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const t of targets) assert.ok(html.includes(`id="${t}"`), `missing anchor ${t}`);
  });

  it("render: markdown cites source numbers and offsets", () => {
    const md = renderMarkdown(b);
    assert.match(md, /\[\d+:\d+-\d+\]/);
  });
});
