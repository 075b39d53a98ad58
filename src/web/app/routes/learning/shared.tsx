import type { ExcerptPart } from "#src/domain/learning/library.ts";

/**
 * A search excerpt as text, the matched words in <mark>: each part is a React text node, so
 * nothing from a lesson is ever read as HTML. Screen readers read a <mark> as plain text, which
 * is what we want: the words, not the emphasis.
 */
export function Excerpt({ parts }: { parts: readonly ExcerptPart[] }) {
  return (
    <p className="ds-paragraph sv-prewrap" data-size="sm">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

/** The query string of a GET form's values (empty values left out), for links that keep the filters. */
export function queryOf(values: Record<string, string | null | readonly string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === null) continue;
    if (typeof v === "string") {
      if (v !== "") q.append(k, v);
    } else for (const x of v) q.append(k, x);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function isPhase(p: string): p is "samarbete" | "utforande" | "resultat" | "avslutad" {
  return p === "samarbete" || p === "utforande" || p === "resultat" || p === "avslutad";
}

/** The comparison's choice from the address: `p` (several), `omrade`, `fas`. */
export function comparisonInput(url: URL) {
  const sp = url.searchParams;
  return { p: sp.getAll("p"), omrade: sp.get("omrade") ?? undefined, fas: sp.get("fas") ?? undefined };
}
