import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { requireActor, services } from "../lib/request.ts";
import { CaseTable } from "../ui/case-table.tsx";
import { useT } from "../ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  return { cases: await services(context).cases.list(actor) };
}

export default function Cases() {
  const t = useT();
  const { cases } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("cases.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("cases.title")}
      </h1>
      <CaseTable cases={cases} caption={t("cases.caption")} />
    </>
  );
}
