import { Form, Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { LESSONS_PER_PAGE } from "#src/application/learning/index.ts";
import { LESSON_SOURCES, SIZE_BANDS } from "#src/domain/learning/library.ts";
import { formatDate, formatNumber } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { Excerpt } from "./shared.tsx";

/** A GET search form and a list: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /lardomar: the library of lessons across processes, searched in Swedish (`q`: the words; the
 * other forms of a word are found too) and filtered by the process's area, theme, phase and
 * size, and by where the lesson came from. The query is in the address, so a search can be
 * bookmarked and shared. For the city's staff (the use case: application/learning/library.ts).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const sp = new URL(request.url).searchParams;
  const page = await services(context).lessons.search(actor, { q: sp.get("q") ?? undefined, omrade: sp.get("omrade") ?? undefined, tema: sp.get("tema") ?? undefined, fas: sp.get("fas") ?? undefined, storlek: sp.get("storlek") ?? undefined, kalla: sp.get("kalla") ?? undefined, sida: sp.get("sida") ?? undefined });
  if (!page) forbidden();
  return page;
}

export default function LibraryPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const f = data.filters;
  const searched = f.q !== "" || f.areaId || f.theme || f.phase || f.size || f.source;
  return (
    <>
      <title>{`${f.q ? t("learning.titleSearch", { q: f.q }) : t("learning.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("learning.title")}
      </h1>
      <p className="ds-paragraph">{t("learning.lead")}</p>

      <Form method="get" className="sv-form" role="search" aria-label={t("learning.searchLabel")}>
        <div className="ds-field sv-field">
          <label className="ds-label" htmlFor="field-q">
            {t("learning.q")}
          </label>
          <div id="field-q-hint" className="ds-paragraph sv-hint" data-size="sm">
            {t("learning.qHint")}
          </div>
          <input className="ds-input" type="search" id="field-q" name="q" defaultValue={f.q} aria-describedby="field-q-hint" maxLength={200} />
        </div>
        <SelectField name="omrade" label={t("learning.filter.area")} value={f.areaId ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.areas.map((a) => ({ value: a.id, label: a.name }))]} />
        <SelectField name="tema" label={t("learning.filter.theme")} value={f.theme ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.themes.map((th) => ({ value: th, label: themeLabel(t, th) }))]} />
        <SelectField name="fas" label={t("learning.filter.phase")} value={f.phase ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...(["samarbete", "utforande", "resultat", "avslutad"] as const).map((p) => ({ value: p, label: t(`phase.${p}`) }))]} />
        <SelectField name="storlek" label={t("learning.filter.size")} hint={t("learning.filter.sizeHint")} value={f.size ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...SIZE_BANDS.map((b) => ({ value: b, label: t(`learning.size.${b}`) }))]} />
        <SelectField name="kalla" label={t("learning.filter.source")} value={f.source ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...LESSON_SOURCES.map((s) => ({ value: s, label: t(`learning.source.${s}`) }))]} />
        <div className="sv-actions">
          <button type="submit" className="ds-button" data-variant="primary">
            {t("learning.search")}
          </button>
          {searched && (
            <Link className="ds-link" to="/lardomar">
              {t("learning.clear")}
            </Link>
          )}
        </div>
      </Form>

      <h2 className="ds-heading" data-size="sm" id="hits">
        {f.q ? t("learning.hitsFor", { count: formatNumber(data.total, locale), q: f.q }) : t("learning.hits", { count: formatNumber(data.total, locale) })}
      </h2>
      {!data.usable && <p className="ds-paragraph">{t("learning.tooCommon")}</p>}
      {data.usable && data.total === 0 && <p className="ds-paragraph">{searched ? t("learning.noneFound") : t("learning.empty")}</p>}
      {data.hits.length > 0 && (
        <>
          <PageSummary page={f.page} pageSize={LESSONS_PER_PAGE} total={data.total} shown={data.hits.length} pageCount={data.pages} />
          <ol className="sv-messages" aria-labelledby="hits">
            {data.hits.map((h) => (
              <li key={h.id} className="sv-message">
                <h3 className="ds-heading" data-size="xs">
                  <Link className="ds-link" to={`/lardomar/${h.id}`}>
                    {h.title}
                  </Link>
                </h3>
                <p className="ds-paragraph" data-size="sm">
                  {t("learning.hitMeta", { process: h.caseNumber ? `${h.caseTitle} (${h.caseNumber})` : h.caseTitle, source: t(`learning.source.${h.source}`), date: formatDate(new Date(h.createdAt), locale) })}
                </p>
                <Excerpt parts={h.excerpt} />
              </li>
            ))}
          </ol>
          <Pagination page={f.page} pageCount={data.pages} label={t("learning.pages")} />
        </>
      )}
    </>
  );
}

/** A theme's name from the coordination's list (the catalogue has each). */
function themeLabel(t: ReturnType<typeof useT>, theme: string): string {
  return t(`theme.${theme}` as Parameters<typeof t>[0]);
}
