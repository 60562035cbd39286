import { useCallback, useMemo, useRef, useState } from "preact/hooks";
import { ApiFailure, briefStory, postBrief, saveToken, type StorySummary } from "./api.js";
import { BriefingContext, makeBriefingContext } from "./briefing-context.js";
import { BriefingView } from "./briefing-view.js";
import { InputPanel, type PendingArticle, toPosted } from "./input-panel.js";
import { SourceView } from "./source-view.js";
import type { Briefing, Citation } from "./types.js";

interface Failure {
  message: string;
  rejected: { path: string; reason: string }[];
  status: number;
}

/** The Parallax page: the inputs, the briefing, and the source panel a citation opens. */
export function App() {
  const [pending, setPending] = useState<PendingArticle[]>([]);
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [showInputs, setShowInputs] = useState(true);
  const [cite, setCite] = useState<Citation | null>(null);
  const [token, setToken] = useState("");
  // Bumped when a token is entered, so the inputs (and their story list) ask the API again.
  const [inputsKey, setInputsKey] = useState(0);
  const opener = useRef<HTMLElement | null>(null);

  const run = async (task: () => Promise<Briefing>) => {
    setBusy(true);
    setFailure(null);
    try {
      const b = await task();
      setCite(null);
      setBriefing(b);
      setShowInputs(false);
      requestAnimationFrame(() => document.getElementById("briefing-h")?.focus());
    } catch (err) {
      const f = err instanceof ApiFailure ? err : new ApiFailure((err as Error).message, 0);
      setFailure({ message: f.message, rejected: f.rejected, status: f.status });
    } finally {
      setBusy(false);
    }
  };

  const openCitation = useCallback((c: Citation, from?: HTMLElement | null) => {
    opener.current = from ?? null;
    setCite({ ...c });
  }, []);

  const closeSource = useCallback(() => {
    setCite(null);
    const back = opener.current;
    // After the re-render: the page behind a covering source is inert until then.
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
    });
  }, []);

  // On a narrow screen the source covers the page: keep Tab inside it until it is closed.
  const covering = cite !== null && window.matchMedia("(max-width: 1099.98px)").matches;

  const ctx = useMemo(() => (briefing ? makeBriefingContext(briefing, openCitation) : null), [briefing, openCitation]);

  return (
    <div class={cite ? "layout with-source" : "layout"}>
      <header class="top" inert={covering || undefined}>
        <p class="brand">
          <strong>Parallax</strong> <span>one story, many outlets</span>
        </p>
        {briefing ? (
          <button type="button" class="link-button" aria-expanded={showInputs} onClick={() => setShowInputs(!showInputs)}>
            {showInputs ? "Hide the articles" : "Change the articles"}
          </button>
        ) : null}
      </header>
      <main class="main" inert={covering || undefined}>
        {showInputs ? (
          <InputPanel
            key={inputsKey}
            pending={pending}
            setPending={setPending}
            busy={busy}
            onBrief={() => void run(() => postBrief(pending.map(toPosted)))}
            onOpenStory={(s: StorySummary) => void run(() => briefStory(s.id))}
          />
        ) : null}
        {failure ? (
          <div class="error" role="alert">
            <p>
              <strong>Could not brief these articles:</strong> {failure.message}
            </p>
            {failure.rejected.length > 0 ? (
              <ul>
                {failure.rejected.map((r, i) => (
                  <li key={i}>
                    <code>{r.path}</code>: {r.reason}
                  </li>
                ))}
              </ul>
            ) : null}
            {failure.status === 401 ? (
              <form
                class="token-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  saveToken(token);
                  setFailure(null);
                  setInputsKey(inputsKey + 1);
                }}
              >
                <label for="token">Access token (printed by <code>parallax serve</code>)</label>
                <input id="token" type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
                <button type="submit">Use this token</button>
              </form>
            ) : null}
          </div>
        ) : null}
        {busy ? (
          <p class="busy" role="status">
            Reading and comparing the articles…
          </p>
        ) : null}
        {ctx ? (
          <BriefingContext.Provider value={ctx}>
            <BriefingView />
          </BriefingContext.Provider>
        ) : null}
      </main>
      {ctx && cite ? (
        <BriefingContext.Provider value={ctx}>
          <SourceView cite={cite} onClose={closeSource} />
        </BriefingContext.Provider>
      ) : null}
    </div>
  );
}
