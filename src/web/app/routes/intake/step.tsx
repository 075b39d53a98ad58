import { randomUUID } from "node:crypto";
import { useEffect, useState } from "react";
import { redirect, useActionData, useLoaderData, useLocation, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { stepFormSchema, stepQuerySchema, type AreaInput } from "#src/application/intake/index.ts";
import { contributionRowCount, MAX_CONTRIBUTIONS, reshapeContributionRows, type Contribution, type SubmittedForm } from "#src/domain/intake/answers.ts";
import { MAX_GEOJSON_BYTES } from "#src/domain/intake/area-geometry.ts";
import type { ApplicationFieldDefinition } from "#src/domain/process-type/definition.ts";
import { formatDateTime, type MessageKey } from "#src/text/index.ts";
import { formFields, formValues, parseForm, parseQuery, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { AreaMap } from "#src/web/app/ui/area-map.tsx";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton, TextField, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import type { ApplicationView } from "#src/application/intake/index.ts";
import { ANSWER_ERRORS, areaErrorKey, AreaSummary, cornersErrorKey, goalName, nextPart, PartCounter, partHref, partsFor, StepNav } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /ansokan/:caseId/steg/:step: one part of the application, saved as a draft on every submit. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const view = await svc.applications.view(actor, params.caseId ?? "");
  if (!view) notFound();
  const stepIndex = view.definition.applicationSteps.findIndex((s) => s.key === params.step);
  if (stepIndex < 0) notFound();
  const step = view.definition.applicationSteps[stepIndex]!;
  const hasArea = view.definition.applicationFields.some((f) => f.step === step.key && f.kind === "area");
  const [areas, shapes] = hasArea ? await Promise.all([svc.applications.areas(), svc.applications.areaShapes()]) : [[], []];
  const query = parseQuery(stepQuerySchema, new URL(request.url).searchParams, { names: QUERY_NAMES }).data;
  return {
    view,
    step: step.key,
    stepIndex,
    parts: partsFor(view, requestState(context).locale),
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
    shapes,
    saved: query.saved,
    rows: query.rows,
    back: query.back,
  };
}

/** The address's names: the rows asked for, "saved", and the way back to the check-your-answers page. */
const QUERY_NAMES = { rows: "rader", saved: "sparat", back: "tillbaka" };
/** The step form's names of the schema's fields (the answers are the use case's to read: they are the process type's). */
const FORM_NAMES = { back: "tillbaka", areaIds: "area_ids", areaDrawn: "area_drawn", areaDrawnChanged: "area_drawn_changed", areaClear: "area_clear", areaCorners: "area_corners", areaSystem: "area_system" };

/** What the use case tells beside an area problem (its PostGIS reason, the typed corners' line): read with the problem, not shown on its own. */
const AREA_DETAIL = /^area(_corners)?_(reason|line|text|more)$/;

interface StepFailure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  lists: Record<string, string[]>;
  vars: Record<string, Record<string, string>>;
  /** New for every refused submit, so the rows are drawn again from what the server read. */
  seq: string;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<StepFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const step = params.step ?? "";
  const form = await request.formData();
  // The answers as the use case reads them (a field's first value, or all of them): the step's fields are the process type version's.
  const fields = formFields(form);
  const sent: SubmittedForm = { get: (name) => fields.list(name)[0], getAll: (name) => fields.list(name) };
  const sentValues = formValues(form, ["_csrf", "area_file"]);
  const stepForm = parseForm(stepFormSchema, form, { names: FORM_NAMES });
  const { intent, back, ...areaSent } = stepForm.ok ? stepForm.data : stepFormSchema.parse({ intent: sentValues.intent });
  // "Lägg till rad" and "Ta bort" change the repeatable rows (the actors and what each
  // contributes) on the server, so they work without JavaScript: what was typed is saved with
  // one row more or less, and the step is shown again. The rows field is the one whose row
  // count the form carries (`<key>_rows`).
  const rowsKey = Object.keys(sentValues).find((name) => name.endsWith("_rows"))?.slice(0, -"_rows".length);
  const rowChange = rowsKey === undefined ? null : intent === "add-row" ? ({ add: true } as const) : intent.startsWith("remove-row-") ? { remove: Number(intent.slice("remove-row-".length)) } : null;
  const values = rowChange && rowsKey ? reshapeContributionRows(sentValues, rowsKey, rowChange) : sentValues;
  const submitted: SubmittedForm =
    rowChange && rowsKey ? { get: (name) => (name.startsWith(`${rowsKey}_`) ? values[name] : sent.get(name)), getAll: (name) => sent.getAll(name) } : sent;
  const lists = { city_goals: submitted.getAll("city_goals"), area_ids: submitted.getAll("area_ids") };
  const failure = (errors: FieldErrors, vars: Record<string, Record<string, string>> = {}): StepFailure => ({ ok: false, errors, values, lists, vars, seq: randomUUID() });

  let upload: AreaInput["upload"] = null;
  const file = form.get("area_file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_GEOJSON_BYTES) return failure({ area: "appl.error.area.too_large" });
    upload = { name: file.name, text: await file.text() };
  }
  const area: AreaInput = {
    areaIds: areaSent.areaIds,
    drawn: areaSent.areaDrawn,
    drawnChanged: areaSent.areaDrawnChanged,
    upload,
    clear: areaSent.areaClear,
    typed: { text: areaSent.areaCorners, system: areaSent.areaSystem },
  };
  const result = await services(context).applications.saveStep(actor, caseId, step, submitted, area, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "not_editable") return failure({ form: "appl.error.not_editable" });
    const errors: FieldErrors = {};
    const vars: Record<string, Record<string, string>> = {};
    const detail = result.detail ?? {};
    for (const [field, code] of Object.entries(detail)) {
      if (AREA_DETAIL.test(field)) continue;
      if (field === "area") {
        errors.area = areaErrorKey(code);
        vars.area = { reason: detail.area_reason ?? "" };
      } else if (field === "area_corners") {
        // The typed corners: which line, and which others are wrong too; a PostGIS refusal says what an upload's does.
        errors.area_corners = code === "invalid_geometry" ? "appl.error.area.invalid_geometry" : cornersErrorKey(code);
        const more = detail.area_corners_more ? serverT(context)("appl.corners.more", { lines: detail.area_corners_more }) : "";
        vars.area_corners = { line: detail.area_corners_line ?? "", text: detail.area_corners_text ?? "", more, reason: detail.area_corners_reason ?? "" };
      } else errors[field] = ANSWER_ERRORS[code] ?? "appl.error.form";
    }
    return failure(errors, vars);
  }
  if (intent === "draft") return redirect(`/ansokan/${caseId}/steg/${step}?sparat=1`);
  if (rowChange && rowsKey) {
    // Back to the same step with the rows asked for; the address's fragment takes the reader to
    // the first empty row after "Lägg till rad" (the rows are saved without gaps), or to the
    // rows after "Ta bort".
    const query = new URLSearchParams({ rader: values[`${rowsKey}_rows`] ?? "1" });
    if (back) query.set("tillbaka", "granska");
    const view = await services(context).applications.view(actor, caseId);
    const savedRows = Array.isArray(view?.application.answers[rowsKey]) ? (view.application.answers[rowsKey] as unknown[]).length : 0;
    const target = "add" in rowChange ? `field-${rowsKey}_${savedRows}_actor` : `field-${rowsKey}`;
    return redirect(`/ansokan/${caseId}/steg/${step}?${query.toString()}#${target}`);
  }
  const view = await services(context).applications.view(actor, caseId);
  if (back || !view) return redirect(`/ansokan/${caseId}/granska`);
  return redirect(partHref(caseId, nextPart(view, step)));
}

function GoalsField({ field, chosen, error, goals }: { field: ApplicationFieldDefinition; chosen: string[]; error: MessageKey | undefined; goals: ApplicationView["goals"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="ds-fieldset sv-field" aria-describedby={error ? `field-${field.key}-error` : undefined}>
      <legend className="ds-label">{field.label[locale]}</legend>
      {error && (
        <div id={`field-${field.key}-error`} className="ds-validation-message" data-color="danger">
          {t(error)}
        </div>
      )}
      {goals.filter((g) => g.active).map((goal, i) => (
        <div className="sv-check" key={goal.key}>
          <input className="ds-input" type="checkbox" id={i === 0 ? `field-${field.key}` : `field-${field.key}-${i}`} name={field.key} value={goal.key} defaultChecked={chosen.includes(goal.key)} />
          <label className="ds-label" data-weight="regular" htmlFor={i === 0 ? `field-${field.key}` : `field-${field.key}-${i}`}>
            {goalName(goals, goal.key, locale)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function ContributionsField({ field, saved, asked, failure }: { field: ApplicationFieldDefinition; saved: Contribution[]; asked: number; failure: StepFailure | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { hash } = useLocation();
  const failedRows = failure ? Number(failure.values[`${field.key}_rows`] ?? 0) : 0;
  const rows = failure ? Math.max(1, Math.min(MAX_CONTRIBUTIONS, failedRows)) : contributionRowCount(saved.length, asked);
  const value = (i: number, part: "actor" | "money" | "resources" | "activities") => {
    if (failure) return failure.values[`${field.key}_${i}_${part}`] ?? "";
    const row = saved[i];
    if (!row) return "";
    if (part === "money") return row.moneySek === null ? "" : String(row.moneySek);
    return row[part];
  };
  // With JavaScript the page is not reloaded after "Lägg till rad", so the browser does not
  // follow the address's fragment: move focus to the new row (or the rows) ourselves.
  useEffect(() => {
    if (!hash.startsWith(`#field-${field.key}`)) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash, field.key]);
  return (
    <fieldset className="ds-fieldset sv-field" id={`field-${field.key}`} tabIndex={-1} aria-describedby={field.hint ? `field-${field.key}-hint` : undefined}>
      <legend className="ds-label">{field.label[locale]}</legend>
      {field.hint && (
        <div id={`field-${field.key}-hint`} className="ds-paragraph sv-hint" data-size="sm">
          {field.hint[locale]}
        </div>
      )}
      {failure?.errors[field.key] && (
        <div className="ds-validation-message" data-color="danger">
          {t(failure.errors[field.key]!)}
        </div>
      )}
      <input type="hidden" name={`${field.key}_rows`} value={rows} />
      {Array.from({ length: rows }, (_, i) => (
        <fieldset className="ds-fieldset sv-contrib" key={i}>
          <legend className="ds-label" data-size="sm">
            {t("appl.contrib.row", { n: i + 1 })}
          </legend>
          <TextField name={`${field.key}_${i}_actor`} label={t("appl.contrib.actor")} defaultValue={value(i, "actor")} error={failure?.errors[`${field.key}_${i}_actor`]} />
          <TextField name={`${field.key}_${i}_money`} label={t("appl.contrib.money")} inputMode="numeric" defaultValue={value(i, "money")} error={failure?.errors[`${field.key}_${i}_money`]} />
          <TextField name={`${field.key}_${i}_resources`} label={t("appl.contrib.resources")} defaultValue={value(i, "resources")} error={failure?.errors[`${field.key}_${i}_resources`]} />
          <TextField name={`${field.key}_${i}_activities`} label={t("appl.contrib.activities")} defaultValue={value(i, "activities")} error={failure?.errors[`${field.key}_${i}_activities`]} />
          {rows > 1 && (
            <div>
              <button type="submit" name="intent" value={`remove-row-${i}`} className="ds-button" data-variant="tertiary" data-size="sm">
                {t("appl.contrib.remove")}
                <span className="sv-visually-hidden"> {t("appl.contrib.row", { n: i + 1 }).toLowerCase()}</span>
              </button>
            </div>
          )}
        </fieldset>
      ))}
      {rows < MAX_CONTRIBUTIONS && (
        <div>
          <button type="submit" name="intent" value="add-row" className="ds-button" data-variant="secondary">
            {t("appl.contrib.add")}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function AreaField({ field, data, failure }: { field: ApplicationFieldDefinition; data: ReturnType<typeof useLoaderData<typeof loader>>; failure: StepFailure | undefined }) {
  const t = useT();
  const locale = useLocale();
  const a = data.view.application;
  const chosen = failure ? failure.lists.area_ids ?? [] : a.areaSource === "areas" ? a.areas.map((x) => x.id) : [];
  const error = failure?.errors.area;
  const hasBoundary = a.areaSource === "drawn" || a.areaSource === "geojson";
  // The list is the map's legend: the area under the pointer or with focus is outlined and
  // named on the map, and the areas ticked are filled. The checkboxes stay uncontrolled, so
  // the form posts the same without JavaScript.
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [ticked, setTicked] = useState<string[]>(chosen);
  return (
    <section className="sv-field" aria-labelledby="area-title">
      <h2 id="area-title" className="ds-heading" data-size="xs">
        {field.label[locale]}
      </h2>
      {field.hint && <p className="ds-paragraph sv-hint">{field.hint[locale]}</p>}
      {error && (
        <div id="field-area-error" className="ds-validation-message" data-color="danger">
          {t(error, failure?.vars.area)}
        </div>
      )}
      <p className="ds-paragraph">
        <strong>{t("appl.area.current")}:</strong> <AreaSummary application={a} />
      </p>
      <fieldset className="ds-fieldset sv-field" aria-describedby={`field-area-list-hint${error ? " field-area-error" : ""}`}>
        <legend className="ds-label">{t("appl.area.listLegend")}</legend>
        <div id="field-area-list-hint" className="ds-paragraph sv-hint" data-size="sm">
          {t("appl.area.listHint")}
        </div>
        <div className="sv-checks">
          {data.areas.map((area, i) => (
            <div className="sv-check" key={area.id} onMouseEnter={() => setHovered(area.id)} onMouseLeave={() => setHovered((h) => (h === area.id ? null : h))}>
              <input
                className="ds-input"
                type="checkbox"
                id={i === 0 ? "field-area" : `field-area-${i}`}
                name="area_ids"
                value={area.id}
                defaultChecked={chosen.includes(area.id)}
                onFocus={() => setFocused(area.id)}
                onBlur={() => setFocused((h) => (h === area.id ? null : h))}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setTicked((list) => (on ? [...list.filter((x) => x !== area.id), area.id] : list.filter((x) => x !== area.id)));
                }}
              />
              <label className="ds-label" data-weight="regular" htmlFor={i === 0 ? "field-area" : `field-area-${i}`}>
                {area.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <h3 className="ds-heading" data-size="2xs">
        {t("appl.area.mapTitle")}
      </h3>
      <p id="area-map-help" className="ds-paragraph sv-hint">
        {t("appl.area.mapHelp")}
      </p>
      <p id="area-map-keyboard" className="ds-paragraph sv-hint">
        {t("appl.area.keyboardHelp")}
      </p>
      <noscript>
        <p className="ds-paragraph">{t("appl.area.mapNoScript")}</p>
      </noscript>
      <AreaMap name="area_drawn" initial={hasBoundary ? a.geometry : null} shapes={data.shapes} editable label={t("appl.area.mapLabel")} describedBy="area-map-help area-map-keyboard" highlight={hovered ?? focused} chosen={ticked} />
      <fieldset className="ds-fieldset sv-field" aria-describedby="area-corners-hint">
        <legend className="ds-label">{t("appl.corners.legend")}</legend>
        <div id="area-corners-hint" className="ds-paragraph sv-hint" data-size="sm">
          {t("appl.corners.hint")}
        </div>
        <fieldset className="ds-fieldset sv-field">
          <legend className="ds-label" data-size="sm">
            {t("appl.corners.system")}
          </legend>
          {(["wgs84", "sweref99tm"] as const).map((system, i) => (
            <div className="sv-check" key={system}>
              <input className="ds-input" type="radio" id={i === 0 ? "field-area_system" : `field-area_system-${system}`} name="area_system" value={system} defaultChecked={(failure?.values.area_system ?? "wgs84") === system} />
              <label className="ds-label" data-weight="regular" htmlFor={i === 0 ? "field-area_system" : `field-area_system-${system}`}>
                {t(system === "wgs84" ? "appl.corners.wgs84" : "appl.corners.sweref")}
              </label>
            </div>
          ))}
        </fieldset>
        <Textarea name="area_corners" label={t("appl.corners.label")} hint={t("appl.corners.textHint")} defaultValue={failure?.values.area_corners ?? ""} error={failure?.errors.area_corners} errorVars={failure?.vars.area_corners} rows={5} />
      </fieldset>
      <FileField name="area_file" label={t("appl.area.uploadLabel")} hint={t("appl.area.uploadHint")} accept=".geojson,.json,application/geo+json,application/json" />
      {hasBoundary && (
        <div className="sv-check">
          <input className="ds-input" type="checkbox" id="field-area_clear" name="area_clear" value="1" />
          <label className="ds-label" data-weight="regular" htmlFor="field-area_clear">
            {t("appl.area.clear")}
          </label>
        </div>
      )}
    </section>
  );
}

export default function ApplicationStep() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as StepFailure | undefined;
  const { view, step, stepIndex } = data;
  const a = view.application;
  const stepDef = view.definition.applicationSteps[stepIndex]!;
  const fields = view.definition.applicationFields.filter((f) => f.step === step);
  const hasArea = fields.some((f) => f.kind === "area");
  const labelTexts: Record<string, string> = { ...Object.fromEntries(fields.map((f) => [f.key, f.label[locale]])), ...(hasArea ? { area_corners: t("appl.corners.label") } : {}) };
  const textValue = (key: string) => (failure ? failure.values[key] : typeof a.answers[key] === "string" ? (a.answers[key] as string) : "");
  const heading = `${stepDef.title[locale]}`;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${heading} – ${a.title}`} />
      <PartCounter parts={data.parts} current={step} title={a.title} />
      <h1 className="ds-heading" data-size="lg">
        {heading}
      </h1>
      <div className="sv-layout-form">
        <StepNav caseId={a.caseId} parts={data.parts} current={step} />
        <div>
          {data.saved && !failure && <Notice color="success">{t("appl.saved")}</Notice>}
          {!view.canEdit ? (
            <Notice>{t("appl.readonly")}</Notice>
          ) : (
            <PostForm className="sv-form" encType={hasArea ? "multipart/form-data" : undefined}>
              <ErrorSummary errors={failure?.errors} vars={failure?.vars} labelTexts={labelTexts} />
              {/* Enter in a text field presses the form's first submit button: make that "save
                  and continue", not a row's "Ta bort" further down. Hidden from everyone else. */}
              <button type="submit" name="intent" value="save" className="sv-visually-hidden" tabIndex={-1} aria-hidden="true">
                {t("appl.save")}
              </button>
              {data.back && <input type="hidden" name="tillbaka" value="granska" />}
              {fields.map((field) => {
                const error = failure?.errors[field.key];
                const hint = field.hint?.[locale];
                switch (field.kind) {
                  case "text":
                    return <TextField key={field.key} name={field.key} label={field.label[locale]} hint={hint} defaultValue={textValue(field.key)} error={error} />;
                  case "longtext":
                    return <Textarea key={field.key} name={field.key} label={field.label[locale]} hint={hint} defaultValue={textValue(field.key)} error={error} rows={6} />;
                  case "goals":
                    return <GoalsField key={field.key} field={field} chosen={failure ? (failure.lists.city_goals ?? []) : ((a.answers[field.key] as string[] | undefined) ?? [])} error={error} goals={view.goals} />;
                  case "contributions":
                    // Inputs keep their own value once drawn; a row added, removed or refused must
                    // be drawn anew from the data, so the rows remount after every save or refusal.
                    return <ContributionsField key={`${field.key}-${failure?.seq ?? a.updatedAt}`} field={field} saved={(a.answers[field.key] as Contribution[] | undefined) ?? []} asked={data.rows} failure={failure} />;
                  case "area":
                    return <AreaField key={field.key} field={field} data={data} failure={failure} />;
                }
              })}
              <div className="sv-buttons">
                <button type="submit" name="intent" value="save" className="ds-button" data-variant="primary">
                  {t("appl.save")}
                </button>
                <button type="submit" name="intent" value="draft" className="ds-button" data-variant="secondary">
                  {t("appl.saveDraft")}
                </button>
              </div>
              <p className="ds-paragraph" data-size="sm">
                {t("appl.savedAt", { time: formatDateTime(new Date(a.updatedAt), locale) })}
              </p>
            </PostForm>
          )}
        </div>
      </div>
    </>
  );
}
