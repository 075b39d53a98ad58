import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { formatDateTime } from "../i18n/index.ts";
import { forbidden, requireActor, services } from "../lib/request.ts";
import { useLocale, useT } from "../ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).admin.users(actor);
  if (!result.ok) forbidden();
  return { users: result.value, now: Date.now() };
}

export default function Users() {
  const t = useT();
  const locale = useLocale();
  const { users, now } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("users.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("users.title")}
      </h1>
      <div className="sv-table-wrap" tabIndex={0}>
        <table className="ds-table" data-border>
          <caption>{t("users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.organisation")}</th>
              <th scope="col">{t("users.state")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>{u.organisationName}</td>
                <td>
                  {u.disabled
                    ? t("users.disabled")
                    : u.lockedUntil && new Date(u.lockedUntil).getTime() > now
                      ? t("users.locked", { time: formatDateTime(new Date(u.lockedUntil), locale) })
                      : t("users.active")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
