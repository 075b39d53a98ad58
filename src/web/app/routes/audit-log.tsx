import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "../lib/request.ts";
import { AuditTable } from "../ui/audit-table.tsx";
import { useT } from "../ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).admin.auditLog(actor);
  if (!result.ok) forbidden();
  return { entries: result.value };
}

export default function AuditLog() {
  const t = useT();
  const { entries } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("audit.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("audit.title")}
      </h1>
      <AuditTable entries={entries} caption={t("audit.caption")} showRecord raw />
    </>
  );
}
