/**
 * /admin/sprak: the resident languages (issue 13, decision 0032) as administrators see them: per
 * language its name, code and direction, whether a translator has reviewed its catalogue (by
 * whom, when), how many of the residents' pages' texts it translates, and which it lacks (shown
 * in Swedish until translated). A catalogue with errors is listed apart: residents never see it.
 */
import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { can } from "#src/domain/access/policy.ts";
import { formatDate, messagesOf } from "#src/text/index.ts";
import { catalogueChecks } from "#src/text/resident-catalogues.ts";
import { BUILT_IN_LANGUAGES, residentKeys } from "#src/text/resident.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { forbidden, requireActor } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export const handle = NO_CLIENT_CODE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  if (!can(actor, { action: "languages.read" })) forbidden();
  const total = residentKeys().length;
  const checks = catalogueChecks();
  // What residents see instead of a missing text: the Swedish.
  const swedish = messagesOf("sv");
  const resident = checks.flatMap((c) =>
    c.catalogue ? [{ code: c.catalogue.code, endonym: c.catalogue.endonym, nameSv: c.catalogue.nameSv, nameEn: c.catalogue.nameEn, dir: c.catalogue.dir, builtIn: false, reviewed: c.catalogue.reviewed, reviewer: c.catalogue.reviewer ?? null, reviewedOn: c.catalogue.reviewedOn ?? null, missing: c.missing.map((key) => ({ key, sv: swedish[key] })) }] : [],
  );
  const builtIn = BUILT_IN_LANGUAGES.map((l) => ({ code: l.code, endonym: l.endonym, nameSv: l.nameSv, nameEn: l.nameEn, dir: l.dir, builtIn: true, reviewed: true, reviewer: null, reviewedOn: null, missing: [] as Array<{ key: string; sv: string }> }));
  return { total, languages: [...builtIn, ...resident], broken: checks.filter((c) => !c.catalogue).map((c) => ({ file: `${c.file}.json`, errors: c.errors })) };
}

export default function Languages() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const name = (l: { nameSv: string; nameEn: string }) => (locale === "en" ? l.nameEn : l.nameSv);
  return (
    <>
      <title>{`${t("languages.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("languages.title")}
      </h1>
      <p className="ds-paragraph">{t("languages.lead")}</p>
      <div className="sv-table-wrap">
        <table className="ds-table" data-border>
          <caption>{t("languages.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("languages.name")}</th>
              <th scope="col">{t("languages.code")}</th>
              <th scope="col">{t("languages.dir")}</th>
              <th scope="col">{t("languages.review")}</th>
              <th scope="col">{t("languages.translated")}</th>
              <th scope="col">{t("languages.missingCount")}</th>
            </tr>
          </thead>
          <tbody>
            {data.languages.map((l) => (
              <tr key={l.code}>
                <th scope="row">
                  {name(l)}
                  {/* The language's own name beside, unless it is the same ("Svenska"). */}
                  {l.endonym !== name(l) && (
                    <>
                      {" ("}
                      <span lang={l.code} dir={l.dir}>
                        {l.endonym}
                      </span>
                      {")"}
                    </>
                  )}
                </th>
                <td>{l.code}</td>
                <td>{t(`languages.dir.${l.dir}`)}</td>
                <td>{l.builtIn ? t("languages.builtIn") : l.reviewed && l.reviewer && l.reviewedOn ? t("languages.reviewed", { reviewer: l.reviewer, date: formatDate(l.reviewedOn, locale) }) : t("languages.notReviewed")}</td>
                <td>{t("languages.keysOf", { count: data.total - l.missing.length, total: data.total })}</td>
                <td>{l.missing.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.languages
        .filter((l) => !l.builtIn)
        .map((l) => (
          <section key={l.code} aria-labelledby={`missing-${l.code}`}>
            <h2 className="ds-heading" data-size="sm" id={`missing-${l.code}`}>
              {t("languages.missingTitle", { language: name(l) })}
            </h2>
            {l.missing.length === 0 ? (
              <p className="ds-paragraph">{t("languages.noneMissing")}</p>
            ) : (
              <ul className="ds-list">
                {l.missing.map((m) => (
                  <li key={m.key}>
                    <code>{m.key}</code>: <span lang="sv">{m.sv}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      {data.broken.length > 0 && (
        <section aria-labelledby="languages-broken">
          <h2 className="ds-heading" data-size="sm" id="languages-broken">
            {t("languages.broken")}
          </h2>
          <ul className="ds-list">
            {data.broken.map((b) => (
              <li key={b.file}>
                <code>{b.file}</code>: {b.errors.join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
