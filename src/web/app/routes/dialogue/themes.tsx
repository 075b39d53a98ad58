import { useLanguageNames } from "#src/web/app/ui/language.tsx";
import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { themeAddSchema, themeDecisionSchema, themeMergeSchema, themeRenameSchema, viewpointTagSchema, type ThemeError } from "#src/application/dialogue/index.ts";
import { COUNT_GROUPS, type CountGroup } from "#src/domain/dialogue/theme-counts.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { CheckboxGroup } from "#src/web/app/ui/choices.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/teman: the themes of a running process's viewpoints, for those who
 * work in it (the applicant group and the case staff of its committee). Suggest themes, decide
 * on them, add one, tag viewpoints by hand (a form per viewpoint); the counts per theme and
 * target group, and the viewpoints without a theme first.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).themes.page(actor, params.caseId ?? "");
  if (!page) notFound();
  return { ...page, submissionKey: randomUUID() };
}

type Failure = FormFailure & { intent?: string };

const ERROR_FIELD: Partial<Record<string, string>> = { rename: "newName", merge: "mergedName", add: "themeName" };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const meta = requestMeta(context);
  const themes = services(context).themes;
  const back = `/arenden/${caseId}/process/teman`;
  const refused = (error: ThemeError): Failure => {
    if (error === "not_found") notFound();
    const field = error === "name_taken" ? (ERROR_FIELD[intent] ?? "form") : "form";
    const key: MessageKey = error === "invalid" ? "appl.error.form" : `themes.error.${error}`;
    return { ok: false, intent, errors: { [field]: key }, values: formValues(form) };
  };
  const withIntent = (f: FormFailure): Failure => ({ ...f, intent });
  switch (intent) {
    case "suggest": {
      const result = await themes.suggest(actor, caseId, meta);
      if (!result.ok) return refused(result.error);
      return redirect(`${back}?foreslagna=${result.value.suggested}`);
    }
    case "decide": {
      const parsed = parseForm(themeDecisionSchema, form);
      if (!parsed.ok) return withIntent(parsed);
      const result = await themes.decide(actor, caseId, parsed.data, meta);
      return result.ok ? redirect(`${back}?sparad=1`) : refused(result.error);
    }
    case "rename": {
      const parsed = parseForm(themeRenameSchema, form, { names: { name: "newName" } });
      if (!parsed.ok) return withIntent(parsed);
      const result = await themes.rename(actor, caseId, parsed.data, meta);
      return result.ok ? redirect(`${back}?sparad=1`) : refused(result.error);
    }
    case "merge": {
      const parsed = parseForm(themeMergeSchema, form, { names: { name: "mergedName" } });
      if (!parsed.ok) return withIntent(parsed);
      const result = await themes.merge(actor, caseId, parsed.data, meta);
      return result.ok ? redirect(`${back}?sparad=1`) : refused(result.error);
    }
    case "add": {
      const parsed = parseForm(themeAddSchema, form, { names: { name: "themeName" } });
      if (!parsed.ok) return withIntent(parsed);
      const result = await themes.add(actor, caseId, parsed.data, meta);
      return result.ok ? redirect(`${back}?sparad=1`) : refused(result.error);
    }
    case "tag":
    case "untag": {
      const parsed = parseForm(viewpointTagSchema, form);
      if (!parsed.ok) return withIntent({ ...parsed, errors: { form: parsed.errors.themeId ?? "appl.error.form" } });
      const result = intent === "tag" ? await themes.tag(actor, caseId, parsed.data, meta) : await themes.untag(actor, caseId, parsed.data, meta);
      return result.ok ? redirect(`${back}?sparad=1#synpunkt-${parsed.data.viewpointId}`) : refused(result.error);
    }
    default:
      return { ok: false, intent, errors: { form: "appl.error.form" }, values: formValues(form) };
  }
}

function Hidden({ children }: { children: string }) {
  return <span className="sv-visually-hidden">{children}</span>;
}

export default function ThemesPage() {
  const t = useT();
  const languages = useLanguageNames();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const suggested = params.get("foreslagna");
  const group = (g: CountGroup) => t(`themes.group.${g}`);
  const suggestions = data.themes.filter((th) => th.status === "forslag");
  const accepted = data.themes.filter((th) => th.status === "godkant");
  const untagged = data.viewpoints.filter((v) => v.themes.length === 0);
  const tagged = data.viewpoints.filter((v) => v.themes.length > 0);
  const own = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const themeOptions = data.themes.map((th) => ({ value: th.id, label: th.name }));

  const themeCard = (th: (typeof data.themes)[number]) => (
    <li key={th.id}>
      <h4 className="ds-heading" data-size="2xs">
        {th.name}
      </h4>
      <p className="ds-paragraph">
        {t("themes.count", { count: th.count })}
        {" · "}
        {th.origin === "person" || th.keywords.length === 0 ? t("themes.addedByHand") : t("themes.keywords", { words: th.keywords.join(", ") })}
      </p>
      {data.mayChange && (
        <div className="sv-buttons">
          {th.status === "forslag" && (
            <PostForm className="sv-inline-form">
              <input type="hidden" name="intent" value="decide" />
              <input type="hidden" name="themeId" value={th.id} />
              <input type="hidden" name="decision" value="godkant" />
              <SubmitButton variant="secondary">
                {t("themes.accept")} <Hidden>{t("themes.themeNamed", { name: th.name })}</Hidden>
              </SubmitButton>
            </PostForm>
          )}
          <PostForm className="sv-inline-form">
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="themeId" value={th.id} />
            <input type="hidden" name="decision" value="avvisat" />
            <SubmitButton variant="tertiary">
              {t("themes.reject")} <Hidden>{t("themes.themeNamed", { name: th.name })}</Hidden>
            </SubmitButton>
          </PostForm>
        </div>
      )}
    </li>
  );

  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("themes.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("themes.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {suggested !== null && !failure && <Notice color="success">{t("themes.suggested", { count: Number(suggested) || 0 })}</Notice>}
      {params.get("sparad") && !failure && <Notice color="success">{t("themes.saved")}</Notice>}
      <ErrorSummary errors={failure?.errors} labels={{ newName: "themes.rename.name", mergedName: "themes.merge.name", themeName: "themes.add.name", themeId: "themes.rename.theme", themeIds: "themes.merge.themes" }} />
      <p className="ds-paragraph">{t("themes.intro")}</p>
      <p className="ds-paragraph">{t("themes.viewpointCount", { count: data.viewpointCount })}</p>
      {!data.mayChange && <Notice>{t("themes.readOnly")}</Notice>}

      {data.mayChange && (
        <PostForm className="sv-form">
          <input type="hidden" name="intent" value="suggest" />
          <p className="ds-paragraph" data-size="sm" id="suggest-hint">
            {t("themes.suggestHint")}
          </p>
          <div>
            <SubmitButton>{t("themes.suggest")}</SubmitButton>
          </div>
        </PostForm>
      )}

      <section aria-labelledby="themes-list">
        <h2 className="ds-heading" data-size="sm" id="themes-list">
          {t("themes.listHeading")}
        </h2>
        {data.themes.length === 0 && <p className="ds-paragraph">{t("themes.none")}</p>}
        {suggestions.length > 0 && (
          <>
            <h3 className="ds-heading" data-size="xs">
              {t("themes.suggestions")}
            </h3>
            <ul className="ds-list">{suggestions.map(themeCard)}</ul>
          </>
        )}
        {accepted.length > 0 && (
          <>
            <h3 className="ds-heading" data-size="xs">
              {t("themes.accepted")}
            </h3>
            <ul className="ds-list">{accepted.map(themeCard)}</ul>
          </>
        )}
        {data.rejected.length > 0 && (
          <>
            <h3 className="ds-heading" data-size="xs">
              {t("themes.rejectedHeading")}
            </h3>
            <p className="ds-paragraph">{data.rejected.map((r) => r.name).join(", ")}</p>
          </>
        )}
      </section>

      {data.mayChange && data.themes.length > 0 && (
        <PostForm className="sv-form">
          <h2 className="ds-heading" data-size="xs">
            {t("themes.rename.heading")}
          </h2>
          <input type="hidden" name="intent" value="rename" />
          <div className="ds-field sv-field">
            <label className="ds-label" htmlFor="field-themeId">
              {t("themes.rename.theme")}
            </label>
            {own("rename")?.errors.themeId && (
              <div id="field-themeId-error" className="ds-validation-message" data-color="danger">
                {t(own("rename")!.errors.themeId!)}
              </div>
            )}
            <select
              className="ds-input"
              id="field-themeId"
              name="themeId"
              defaultValue={own("rename")?.values.themeId ?? ""}
              aria-invalid={own("rename")?.errors.themeId ? true : undefined}
              aria-describedby={own("rename")?.errors.themeId ? "field-themeId-error" : undefined}
            >
              <option value="">{t("themes.tag.choose")}</option>
              {themeOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <TextField name="newName" label={t("themes.rename.name")} defaultValue={own("rename")?.values.newName} error={own("rename")?.errors.newName} />
          <div>
            <SubmitButton variant="secondary">{t("themes.rename.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}

      {data.mayChange && data.themes.length >= 2 && (
        <PostForm className="sv-form">
          <h2 className="ds-heading" data-size="xs">
            {t("themes.merge.heading")}
          </h2>
          <input type="hidden" name="intent" value="merge" />
          <CheckboxGroup name="themeIds" legend={t("themes.merge.themes")} hint={t("themes.merge.hint")} options={themeOptions} checked={own("merge")?.lists?.themeIds ?? []} error={own("merge")?.errors.themeIds ? t(own("merge")!.errors.themeIds!) : undefined} />
          <TextField name="mergedName" label={t("themes.merge.name")} hint={t("themes.merge.nameHint")} defaultValue={own("merge")?.values.mergedName} error={own("merge")?.errors.mergedName} />
          <div>
            <SubmitButton variant="secondary">{t("themes.merge.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}

      {data.mayChange && (
        <PostForm className="sv-form">
          <h2 className="ds-heading" data-size="xs">
            {t("themes.add.heading")}
          </h2>
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="submissionKey" value={own("add")?.values.submissionKey ?? data.submissionKey} />
          <TextField name="themeName" label={t("themes.add.name")} defaultValue={own("add")?.values.themeName} error={own("add")?.errors.themeName} />
          <div>
            <SubmitButton variant="secondary">{t("themes.add.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}

      <section aria-labelledby="themes-counts">
        <h2 className="ds-heading" data-size="sm" id="themes-counts">
          {t("themes.table.caption")}
        </h2>
        <p className="ds-paragraph" data-size="sm">
          {t("themes.groupsHint")}
        </p>
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("themes.table.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("themes.table.theme")}</th>
                <th scope="col">{t("themes.table.total")}</th>
                {COUNT_GROUPS.map((g) => (
                  <th scope="col" key={g}>
                    {group(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.themes.map((th) => (
                <tr key={th.id}>
                  <th scope="row">{th.name}</th>
                  <td>{th.count}</td>
                  {COUNT_GROUPS.map((g) => (
                    <td key={g}>{th.byGroup[g]}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t("themes.table.untagged")}</th>
                <td>{data.untaggedCount}</td>
                {COUNT_GROUPS.map((g) => (
                  <td key={g}>{data.untaggedByGroup[g]}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t("themes.table.all")}</th>
                <td>{data.viewpointCount}</td>
                {COUNT_GROUPS.map((g) => (
                  <td key={g}>{data.byGroup[g]}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="themes-viewpoints">
        <h2 className="ds-heading" data-size="sm" id="themes-viewpoints">
          {t("themes.viewpoints.heading")}
        </h2>
        {data.viewpoints.length === 0 && data.notSwedish.length === 0 && <p className="ds-paragraph">{t("themes.noViewpoints")}</p>}
        {[
          { key: "untagged", rows: untagged, heading: t("themes.untagged.heading", { count: untagged.length }) },
          { key: "notSwedish", rows: data.notSwedish, heading: t("themes.notSwedishTitle", { count: data.notSwedish.length }) },
          { key: "tagged", rows: tagged, heading: t("themes.tagged.heading", { count: tagged.length }) },
        ]
          .filter((part) => part.rows.length > 0)
          .map((part) => (
            <div className="sv-table-wrap" key={part.key}>
              {part.key === "notSwedish" && <p className="ds-paragraph">{t("themes.notSwedishLead")}</p>}
              <table className="ds-table" data-border>
                <caption>{part.heading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("themes.viewpoint.text")}</th>
                    <th scope="col">{t("themes.viewpoint.groups")}</th>
                    <th scope="col">{t("themes.viewpoint.themes")}</th>
                    {data.mayChange && data.themes.length > 0 && <th scope="col">{t("themes.viewpoint.tag")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {part.rows.map((v) => (
                    <tr key={v.id} id={`synpunkt-${v.id}`}>
                      <td>
                        <span lang={v.language} dir={languages.dir(v.language)}>
                          {v.body}
                        </span>
                        {v.redacted && ` ${t("themes.redacted")}`}
                        {v.language !== "sv" && (
                          <span className="sv-viewpoint-language" data-size="sm">
                            {t("vp.languageOf", { language: languages.name(v.language) })}
                          </span>
                        )}
                      </td>
                      <td>{v.groups.map(group).join(", ")}</td>
                      <td>
                        {v.themes.length === 0
                          ? t("themes.viewpoint.none")
                          : v.themes.map((th) => (
                              <div key={th.id}>
                                {th.name} <span className="sv-hint">({t(`themes.by.${th.how}`)})</span>
                                {data.mayChange && (
                                  <PostForm className="sv-inline-form">
                                    <input type="hidden" name="intent" value="untag" />
                                    <input type="hidden" name="viewpointId" value={v.id} />
                                    <input type="hidden" name="themeId" value={th.id} />
                                    <SubmitButton variant="tertiary">
                                      {t("themes.untag")} <Hidden>{t("themes.themeNamed", { name: th.name })}</Hidden>
                                    </SubmitButton>
                                  </PostForm>
                                )}
                              </div>
                            ))}
                      </td>
                      {data.mayChange && data.themes.length > 0 && (
                        <td>
                          <PostForm className="sv-inline-form">
                            <input type="hidden" name="intent" value="tag" />
                            <input type="hidden" name="viewpointId" value={v.id} />
                            <label className="ds-label sv-visually-hidden" htmlFor={`tag-${v.id}`}>
                              {t("themes.tag.label")}
                            </label>
                            <select className="ds-input" id={`tag-${v.id}`} name="themeId" defaultValue="">
                              <option value="">{t("themes.tag.choose")}</option>
                              {themeOptions
                                .filter((o) => !v.themes.some((th) => th.id === o.value))
                                .map((o) => (
                                  <option key={o.value} value={o.value}>
                                    {o.label}
                                  </option>
                                ))}
                            </select>
                            <SubmitButton variant="secondary">{t("themes.tag.submit")}</SubmitButton>
                          </PostForm>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </>
  );
}
