import { useEffect, useState } from "preact/hooks";
import { ApiFailure, listStories, type PostedArticle, type StorySummary } from "./api.js";

/** An article waiting to be briefed, as the list under the inputs shows it. */
export interface PendingArticle {
  key: number;
  label: string;
  kind: "text" | "html" | "url";
  content: string;
}

let nextKey = 1;

/** Is this pasted or uploaded text an HTML page rather than plain text? */
export function looksLikeHtml(text: string, name = ""): boolean {
  if (/\.html?$/i.test(name)) return true;
  return /^\s*</.test(text) && /<\/?(html|body|head|article|p|div|main)\b/i.test(text);
}

export function toPosted(a: PendingArticle): PostedArticle {
  if (a.kind === "url") return { url: a.content };
  return a.kind === "html" ? { html: a.content, name: a.label } : { text: a.content, name: a.label };
}

interface Props {
  pending: PendingArticle[];
  setPending: (next: PendingArticle[]) => void;
  busy: boolean;
  onBrief: () => void;
  onOpenStory: (s: StorySummary) => void;
}

const ACCEPT = ".txt,.text,.md,.html,.htm,text/plain,text/html";
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The inputs: paste, upload or drop articles, give addresses, or open a stored story. */
export function InputPanel({ pending, setPending, busy, onBrief, onOpenStory }: Props) {
  const [paste, setPaste] = useState("");
  const [urls, setUrls] = useState("");
  const [note, setNote] = useState("");
  const [dragging, setDragging] = useState(false);
  const [stories, setStories] = useState<StorySummary[] | string | undefined>(undefined);

  useEffect(() => {
    listStories().then(setStories, (err: unknown) =>
      setStories(err instanceof ApiFailure && err.status === 501 ? "This server has no story store (start it with --db FILE)." : `Stored stories unavailable: ${(err as Error).message}`),
    );
  }, []);

  const add = (items: Omit<PendingArticle, "key">[]) => setPending([...pending, ...items.map((i) => ({ ...i, key: nextKey++ }))]);

  const addPaste = () => {
    const text = paste.trim();
    if (!text) return setNote("Paste an article's text or HTML first.");
    add([{ label: `pasted-${pending.length + 1}`, kind: looksLikeHtml(text) ? "html" : "text", content: text }]);
    setPaste("");
    setNote("Added the pasted article.");
  };

  const addUrls = () => {
    const lines = urls.split(/\s+/).map((u) => u.trim()).filter(Boolean);
    const bad = lines.filter((u) => !/^https?:\/\/\S+$/i.test(u));
    if (bad.length) return setNote(`Not a web address (http:// or https://): ${bad.join(", ")}`);
    if (!lines.length) return setNote("Give one web address per line first.");
    add(lines.map((u) => ({ label: u, kind: "url" as const, content: u })));
    setUrls("");
    setNote(`Added ${lines.length} ${lines.length === 1 ? "address" : "addresses"}.`);
  };

  const addFiles = async (files: FileList | File[] | null) => {
    const list = [...(files ?? [])];
    const read: Omit<PendingArticle, "key">[] = [];
    const skipped: string[] = [];
    for (const f of list) {
      if (f.size > MAX_FILE_BYTES) {
        skipped.push(`${f.name} (larger than 5 MB)`);
        continue;
      }
      const text = await f.text();
      read.push({ label: f.name, kind: looksLikeHtml(text, f.name) ? "html" : "text", content: text });
    }
    if (read.length) add(read);
    setNote(`Added ${read.length} ${read.length === 1 ? "file" : "files"}.${skipped.length ? ` Skipped ${skipped.join(", ")}.` : ""}`);
  };

  return (
    <section
      class={dragging ? "inputs dragging" : "inputs"}
      aria-labelledby="inputs-h"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void addFiles(e.dataTransfer?.files ?? null);
      }}
    >
      <h2 id="inputs-h">Articles to compare</h2>
      <p class="intro">Give two or more reports of the same event: paste them, choose or drop files, or give their web addresses.</p>
      <div class="input-grid">
        <div class="input-box">
          <label for="paste">Paste an article (text or HTML)</label>
          <textarea id="paste" rows={6} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} placeholder="Headline on the first line, then the article…" />
          <button type="button" onClick={addPaste}>
            Add pasted article
          </button>
        </div>
        <div class="input-box">
          <label for="files">Files (.txt, .html)</label>
          <input id="files" type="file" multiple accept={ACCEPT} onChange={(e) => {
              const input = e.currentTarget;
              void addFiles(input.files).then(() => {
                input.value = "";
              });
            }}
          />
          <p class="drop-hint">…or drop files anywhere on this box.</p>
          <label for="urls">Web addresses, one per line</label>
          <textarea id="urls" rows={3} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} placeholder="https://…" />
          <button type="button" onClick={addUrls}>
            Add addresses
          </button>
        </div>
      </div>
      <p class="note" role="status" aria-live="polite">
        {note}
      </p>
      {pending.length > 0 ? (
        <ul class="pending" aria-label="Articles to brief">
          {pending.map((a) => (
            <li key={a.key}>
              <span class={`kind kind-${a.kind}`}>{a.kind}</span> <span class="pending-label">{a.label}</span>{" "}
              <button type="button" class="link-button" aria-label={`Remove ${a.label}`} onClick={() => setPending(pending.filter((p) => p.key !== a.key))}>
                remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" id="brief-button" disabled={busy || pending.length === 0} onClick={onBrief}>
          {busy ? "Briefing…" : `Brief ${pending.length} ${pending.length === 1 ? "article" : "articles"}`}
        </button>
        {pending.length > 0 ? (
          <button type="button" class="link-button" onClick={() => setPending([])}>
            Clear all
          </button>
        ) : null}
      </div>
      <h3>Stored stories</h3>
      {typeof stories === "string" ? (
        <p class="none-found">{stories}</p>
      ) : stories === undefined ? (
        <p class="none-found">Loading…</p>
      ) : stories.length === 0 ? (
        <p class="none-found">None stored yet.</p>
      ) : (
        <ul class="stories">
          {stories.map((s) => (
            <li key={s.id}>
              <button type="button" class="link-button" onClick={() => onOpenStory(s)}>
                {s.title}
              </button>{" "}
              <span class="source-meta">
                {s.sources} articles{s.outlets ? ` from ${s.outlets} outlets` : ""}
                {s.updated ? ` · updated ${s.updated.slice(0, 16).replace("T", " ")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
