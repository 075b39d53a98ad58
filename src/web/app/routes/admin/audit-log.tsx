import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { AuditTable } from "#src/web/app/ui/audit-table.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).admin.auditLog(actor, pageParam(new URL(request.url)));
  if (!result.ok) forbidden();
  const { items: entries, ...paging } = result.value;
  return { entries, paging };
}

export default function AuditLog() {
  const t = useT();
  const { entries, paging } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("audit.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("audit.title")}
      </h1>
      <PageSummary {...paging} shown={entries.length} />
      <AuditTable entries={entries} caption={t("audit.caption")} showRecord raw />
      <Pagination page={paging.page} pageCount={paging.pageCount} label={t("audit.pages")} />
    </>
  );
}
