/**
 * What staff may see of a mail that carries a secret (a password reset, invitation or setup
 * link). Only the recipient may read such a link: whoever holds it can act as the recipient.
 * Every copy the city's staff can see (the outbox page, logs, exports) has each secret replaced
 * by a placeholder; the full text exists only, encrypted, for the delivery to the recipient.
 */

/** What a hidden secret looks like in every stored copy staff can see. */
export const SECRET_PLACEHOLDER = "[länk dold – skickas bara till mottagaren]";

/** The same, when mail is only kept in the outbox (no mail server): the link is never sent. */
export const SECRET_PLACEHOLDER_NOT_SENT = "[länk dold – skickas inte utan e-postserver]";

/**
 * Replaces every occurrence of every secret with the placeholder. Longer secrets are replaced
 * first, so a link is hidden whole even when its token is also listed on its own; empty
 * strings are ignored. `redacted` says whether anything was hidden.
 */
export function redactSecrets(text: string, secrets: readonly string[] | undefined, placeholder = SECRET_PLACEHOLDER): { text: string; redacted: boolean } {
  const wanted = [...new Set((secrets ?? []).filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of wanted) out = out.split(secret).join(placeholder);
  return { text: out, redacted: out !== text };
}
