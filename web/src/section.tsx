import type { ComponentChildren } from "preact";

/** A briefing section with its heading; a short note when the briefing has nothing for it. */
export function Section(props: { id: string; title: string; empty?: boolean; emptyNote?: string; intro?: string; children?: ComponentChildren }) {
  return (
    <section id={props.id} class="section" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.intro && !props.empty ? <p class="intro">{props.intro}</p> : null}
      {props.empty ? <p class="none-found">{props.emptyNote ?? "None found in these articles."}</p> : props.children}
    </section>
  );
}
