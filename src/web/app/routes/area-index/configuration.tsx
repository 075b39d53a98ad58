import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { formatDateTime, type MessageKey } from "#src/text/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { configurationActionSchema } from "#src/application/area-index/index.ts";
import { formValues, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { IndexSectionNav, ProblemList } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/**
 * /index/konfiguration: the saved versions (one active), the JSON of the chosen one, and (for
 * analysts and administrators) a form that saves a new version from JSON text.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const permissions = svc.permissions(actor);
  const list = await svc.configurations(actor);
  if (!list.ok) forbidden();
  const url = new URL(request.url);
  const versionId = url.searchParams.get("version");
  let shown = list.value.active;
  if (versionId) {
    const found = await svc.configuration(actor, versionId);
    if (!found.ok) notFound();
    shown = found.value;
  }
  const fromDefault = url.searchParams.get("utgangslage") === "standard";
  const shownText = shown ? JSON.stringify(shown.definition, null, 2) : null;
  return {
    manage: permissions.manage,
    versions: list.value.versions,
    shown: shown && { id: shown.id, version: shown.version, name: shown.name, active: shown.active, text: shownText! },
    startText: fromDefault || !shownText ? svc.defaultConfigurationText() : shownText,
    fromDefault,
    saved: url.searchParams.get("sparad"),
    activated: url.searchParams.get("aktiverad"),
  };
}

interface ConfigFailure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  problems: Record<string, string>;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<ConfigFailure | Response> {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const form = await request.formData();
  const values = formValues(form);
  const parsed = parseForm(configurationActionSchema, form, { names: { text: "definition" } });
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values, problems: {} };
  if (parsed.data.intent === "activate") {
    const r = await svc.activate(actor, parsed.data.id, requestMeta(context));
    if (!r.ok) {
      if (r.error === "not_allowed") forbidden();
      notFound();
    }
    return redirect(`/index/konfiguration?aktiverad=${r.value.version}`);
  }
  const { intent: _intent, ...configuration } = parsed.data;
  const r = await svc.createConfiguration(actor, { ...configuration }, requestMeta(context));
  if (r.ok) return redirect(`/index/konfiguration?sparad=${r.value.version}`);
  if (r.error === "not_allowed") forbidden();
  if (r.error === "invalid_name") return { ok: false, errors: { name: "index.config.error.name" }, values, problems: {} };
  const errors: FieldErrors = { definition: r.error === "invalid_json" ? "index.config.error.json" : "index.config.error.invalid" };
  return { ok: false, errors, values, problems: describeIndexProblems(r.problems, requestState(context).locale) };
}

export default function IndexConfiguration() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ConfigFailure | undefined;
  const v = (name: string, fallback = "") => failure?.values[name] ?? fallback;
  const definitionError = failure?.errors.definition;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("index.config.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("index.config.title")}
      </h1>
      <IndexSectionNav manage={data.manage} />
      {data.saved && !failure && <Notice color="success">{t("index.config.saved", { version: data.saved })}</Notice>}
      {data.activated && !failure && <Notice color="success">{t("index.config.activated", { version: data.activated })}</Notice>}
      <p className="ds-paragraph">{t("index.config.lead")}</p>

      {data.versions.length === 0 ? (
        <p className="ds-paragraph">{t("index.config.none")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="versions-caption">
          <table className="ds-table" data-border>
            <caption id="versions-caption">{t("index.config.versions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("index.config.version")}</th>
                <th scope="col">{t("index.config.name")}</th>
                <th scope="col">{t("index.config.createdBy")}</th>
                <th scope="col">{t("index.config.active")}</th>
              </tr>
            </thead>
            <tbody>
              {data.versions.map((c) => (
                <tr key={c.id}>
                  <td>{c.version}</td>
                  <th scope="row">
                    <Link to={`/index/konfiguration?version=${c.id}`} className="ds-link" aria-label={t("index.config.showVersion", { version: c.version, name: c.name })}>
                      {c.name}
                    </Link>
                    {c.isDemo && ` (${t("index.demo")})`}
                  </th>
                  <td>{`${c.createdByName ?? t("index.config.system")}, ${formatDateTime(new Date(c.createdAt), locale)}`}</td>
                  <td>
                    {c.active ? (
                      <strong>{t("index.config.isActive")}</strong>
                    ) : data.manage ? (
                      <PostForm className="sv-inline-form" aria-label={t("index.config.activateVersion", { version: c.version })}>
                        <input type="hidden" name="intent" value="activate" />
                        <input type="hidden" name="id" value={c.id} />
                        <button type="submit" className="ds-button" data-variant="secondary" aria-label={t("index.config.activateVersion", { version: c.version })}>
                          {t("index.config.activate")}
                        </button>
                      </PostForm>
                    ) : (
                      t("common.no")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data.shown && (
        <>
          <h2 className="ds-heading" data-size="sm" id="shown-heading">
            {t("index.config.shown", { version: data.shown.version, name: data.shown.name })}
          </h2>
          <details>
            <summary>{t("index.config.showJson")}</summary>
            <pre tabIndex={0} aria-labelledby="shown-heading" style={{ maxHeight: "30rem", overflow: "auto", background: "#f4f6f8", padding: "0.75rem" }}>
              {data.shown.text}
            </pre>
          </details>
        </>
      )}

      {data.manage && (
        <>
          <h2 className="ds-heading" data-size="md">
            {t("index.config.new")}
          </h2>
          <p className="ds-paragraph">
            {t("index.config.newLead")}{" "}
            <Link to="/index/konfiguration?utgangslage=standard" className="ds-link">
              {t("index.config.fromDefault")}
            </Link>
          </p>
          {data.fromDefault && !failure && <Notice>{t("index.config.defaultLoaded")}</Notice>}
          <PostForm className="sv-form" reloadDocument>
            <ErrorSummary errors={failure?.errors} labels={LABELS} vars={{ definition: { count: String(Object.keys(failure?.problems ?? {}).length) } }} />
            <input type="hidden" name="intent" value="create" />
            <TextField name="name" label={t("index.config.nameLabel")} hint={t("index.config.nameHint")} defaultValue={v("name")} error={failure?.errors.name} />
            <div className="ds-field sv-field">
              <label className="ds-label" htmlFor="field-definition">
                {t("index.config.definition")}
              </label>
              <div id="field-definition-hint" className="ds-paragraph sv-hint" data-size="sm">
                {t("index.config.definitionHint")}
              </div>
              {definitionError && (
                <div id="field-definition-error" className="ds-validation-message" data-color="danger">
                  <p className="ds-paragraph">{t(definitionError, { count: Object.keys(failure.problems).length })}</p>
                  <ProblemList problems={failure.problems} />
                </div>
              )}
              <textarea
                id="field-definition"
                name="definition"
                className="ds-input"
                rows={24}
                spellCheck={false}
                defaultValue={v("definition", data.startText)}
                aria-invalid={definitionError ? true : undefined}
                aria-describedby={`field-definition-hint${definitionError ? " field-definition-error" : ""}`}
                style={{ fontFamily: "monospace", fontSize: "0.875rem" }}
              />
            </div>
            <div className="sv-check">
              <input className="ds-input" type="checkbox" id="field-activate" name="activate" value="1" defaultChecked={failure ? failure.values.activate === "1" : true} />
              <label className="ds-label" htmlFor="field-activate">
                {t("index.config.activateNow")}
              </label>
            </div>
            <div className="sv-buttons">
              <SubmitButton>{t("index.config.save")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}

const LABELS: Record<string, MessageKey> = { name: "index.config.nameLabel", definition: "index.config.definition" };
