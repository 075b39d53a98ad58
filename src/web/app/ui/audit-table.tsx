import type { AuditEntry } from "#src/application/shared/ports.ts";
import { formatDateTime } from "#src/text/index.ts";
import { auditSentence } from "../lib/audit-sentences.ts";
import { useLocale, useT } from "./i18n.tsx";

function describeChange(entry: AuditEntry): string {
  const parts: string[] = [];
  if (entry.before !== null && entry.before !== undefined) parts.push(`före: ${JSON.stringify(entry.before)}`);
  if (entry.after !== null && entry.after !== undefined) parts.push(`efter: ${JSON.stringify(entry.after)}`);
  return parts.join(" · ");
}

/**
 * An audit log as a table. `raw`: the administrators' full audit log, with the action code and
 * the data before and after. Without it (the log on a case or a contact request) each entry is
 * a sentence: who did what, and what changed.
 */
export function AuditTable({ entries, caption, showRecord, raw = false }: { entries: AuditEntry[]; caption: string; showRecord: boolean; raw?: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!raw)
    return (
      <div className="sv-table-wrap" tabIndex={0}>
        <table className="ds-table" data-border>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.what")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="sv-nowrap">{formatDateTime(new Date(e.occurredAt), locale)}</td>
                <td>{auditSentence(e, t, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <div className="sv-table-wrap" tabIndex={0}>
      <table className="ds-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.what")}</th>
            {showRecord && <th scope="col">{t("audit.record")}</th>}
            <th scope="col">{t("audit.change")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(new Date(e.occurredAt), locale)}</td>
              <td>{e.actorLabel}</td>
              <td>
                <code>{e.action}</code>
              </td>
              {showRecord && (
                <td>
                  {e.entityType} {e.entityId.slice(0, 8)}
                </td>
              )}
              <td>{describeChange(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
