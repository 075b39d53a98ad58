import type { AuditEntry } from "../../../application/ports.ts";
import { formatDateTime } from "../i18n/index.ts";
import { useLocale, useT } from "./i18n.tsx";

function describeChange(entry: AuditEntry): string {
  const parts: string[] = [];
  if (entry.before !== null && entry.before !== undefined) parts.push(`före: ${JSON.stringify(entry.before)}`);
  if (entry.after !== null && entry.after !== undefined) parts.push(`efter: ${JSON.stringify(entry.after)}`);
  return parts.join(" · ");
}

export function AuditTable({ entries, caption, showRecord }: { entries: AuditEntry[]; caption: string; showRecord: boolean }) {
  const t = useT();
  const locale = useLocale();
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
              <td>{formatDateTime(e.occurredAt, locale)}</td>
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
