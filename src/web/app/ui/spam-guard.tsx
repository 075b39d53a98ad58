import { STARTED_FIELD, TRAP_FIELD } from "../lib/spam-guard.ts";
import { useT } from "./i18n.tsx";

/**
 * The spam check's fields in a public form (lib/spam-guard.ts): the time stamp of when it was
 * shown, and the trap: off screen, out of the tab order and hidden from screen readers, so no
 * person meets it; its label says what to do should anyone reach it anyway.
 */
export function SpamGuardFields({ started }: { started: string }) {
  const t = useT();
  return (
    <>
      <input type="hidden" name={STARTED_FIELD} value={started} />
      <div className="sv-trap" aria-hidden="true">
        <label htmlFor={`field-${TRAP_FIELD}`}>{t("contact.trap")}</label>
        <input type="text" id={`field-${TRAP_FIELD}`} name={TRAP_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
