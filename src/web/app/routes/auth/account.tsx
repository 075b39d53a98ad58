import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { requireActor } from "#src/web/app/lib/request.ts";
import { PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  return { name: actor.name, email: actor.email, role: actor.role, organisation: actor.organisationName };
}

export default function Account() {
  const t = useT();
  const me = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle text={t("account.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("account.title")}
      </h1>
      <dl className="sv-dl">
        <dt>{t("users.name")}</dt>
        <dd>{me.name}</dd>
        <dt>{t("users.email")}</dt>
        <dd>{me.email}</dd>
        <dt>{t("users.role")}</dt>
        <dd>{t(`role.${me.role}`)}</dd>
        <dt>{t("users.organisation")}</dt>
        <dd>{me.organisation}</dd>
      </dl>
      <h2 className="ds-heading" data-size="sm">
        {t("account.signOutEverywhere")}
      </h2>
      <p className="ds-paragraph">{t("account.signOutEverywhereLead")}</p>
      <PostForm action="/logga-ut">
        <input type="hidden" name="everywhere" value="yes" />
        <SubmitButton variant="secondary">{t("account.signOutEverywhere")}</SubmitButton>
      </PostForm>
    </>
  );
}
