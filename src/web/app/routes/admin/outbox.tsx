import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { SECRET_UNAVAILABLE } from "#src/application/mail/index.ts";
import { formatDateTime } from "#src/text/index.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const result = await svc.admin.outbox(actor);
  if (!result.ok) forbidden();
  return { mail: result.value, delivers: svc.mailDelivers };
}

export default function Outbox() {
  const t = useT();
  const locale = useLocale();
  const { mail, delivers } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("outbox.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("outbox.title")}
      </h1>
      <Notice>
        {delivers ? t("outbox.leadSmtp") : t("outbox.leadKept")} {delivers ? t("outbox.secretsSmtp") : t("outbox.secretsKept")}
      </Notice>
      {mail.length === 0 ? (
        <p className="ds-paragraph">{t("outbox.empty")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption>{t("outbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outbox.created")}</th>
                <th scope="col">{t("outbox.to")}</th>
                <th scope="col">{t("outbox.subject")}</th>
                <th scope="col">{t("outbox.status")}</th>
              </tr>
            </thead>
            <tbody>
              {mail.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt, locale)}</td>
                  <td>{m.to}</td>
                  <td>
                    <details>
                      <summary>{m.subject}</summary>
                      <pre className="sv-mail">{m.text}</pre>
                    </details>
                  </td>
                  <td>
                    {t(`outbox.status.${!delivers && m.status === "pending" ? "kept" : m.status}`)}
                    {m.lastError === SECRET_UNAVAILABLE ? ` (${t("outbox.error.secretUnavailable")})` : m.lastError && delivers ? ` (${m.lastError})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
