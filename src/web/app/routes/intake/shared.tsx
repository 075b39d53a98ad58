/**
 * What the application's pages share: the list of parts (with which are done), the answers
 * shown read-only (on "check your answers" and on the case), and how the service's error
 * codes become messages.
 */
import { Link } from "react-router";
import type { ApplicationView } from "#src/application/intake/index.ts";
import { contributedMoney, type Contribution } from "#src/domain/intake/answers.ts";
import type { ApplicationFieldDefinition } from "#src/domain/process-type/definition.ts";
import { formatMoney, formatNumber, type MessageKey } from "#src/text/index.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export type StepKey = string;

/** The extra parts after the process type's own steps. */
export const EXTRA_PARTS = ["bilagor", "medsokande", "granska"] as const;

export function partHref(caseId: string, part: string): string {
  if (part === "bilagor") return `/ansokan/${caseId}/bilagor`;
  if (part === "medsokande") return `/ansokan/${caseId}/medsokande`;
  if (part === "granska") return `/ansokan/${caseId}/granska`;
  return `/ansokan/${caseId}/steg/${part}`;
}

/**
 * Every part of the application, in order: the process type's own steps, then attachments,
 * co-applicants (for the lead applicant, who may invite them) and check-and-submit. The one
 * list behind the side menu, the "Del 2 av 7" counter and "save and continue".
 */
export function partKeys(view: Pick<ApplicationView, "definition" | "canSubmit">): string[] {
  return [...view.definition.applicationSteps.map((s) => s.key), "bilagor", ...(view.canSubmit ? ["medsokande"] : []), "granska"];
}

/** The part after `part`, for "save and continue"; inviting co-applicants is optional, so it is passed over. */
export function nextPart(view: Pick<ApplicationView, "definition" | "canSubmit">, part: string): string {
  const keys = partKeys(view).filter((k) => k !== "medsokande");
  return keys[keys.indexOf(part) + 1] ?? "granska";
}

/** Serialisable facts the side menu and the counter need, computed in loaders. */
export function partsFor(view: ApplicationView, locale: "sv" | "en") {
  const missing = new Set(view.missing.map((f) => f.key));
  const steps = new Map(view.definition.applicationSteps.map((s) => [s.key, s]));
  return partKeys(view).map((key) => {
    const step = steps.get(key);
    if (step) return { key, title: step.title[locale], done: !view.definition.applicationFields.some((f) => f.step === key && missing.has(f.key)), count: null };
    return { key, title: null, done: null, count: key === "bilagor" ? view.attachments.length : null };
  });
}

type Parts = ReturnType<typeof partsFor>;

function usePartTitle() {
  const t = useT();
  return (p: Parts[number]) => p.title ?? t(`appl.step.${p.key as (typeof EXTRA_PARTS)[number]}`);
}

/** "Del 2 av 7 · title": where this page is among the parts the side menu lists. */
export function PartCounter({ parts, current, title }: { parts: Parts; current: string; title: string }) {
  const t = useT();
  const n = parts.findIndex((p) => p.key === current) + 1;
  return (
    <p className="ds-paragraph" data-size="sm">
      {n > 0 ? `${t("appl.stepOf", { n, total: parts.length })} · ${title}` : title}
    </p>
  );
}

export function StepNav({ caseId, parts, current }: { caseId: string; parts: Parts; current: string }) {
  const t = useT();
  const titleOf = usePartTitle();
  return (
    <nav aria-labelledby="steps-title">
      <h2 id="steps-title" className="ds-heading" data-size="xs">
        {t("appl.steps.title")}
      </h2>
      <ol className="sv-steps">
        {parts.map((part) => {
          const state = part.done === null ? (part.count === null ? null : String(part.count)) : part.done ? t("appl.state.done") : t("appl.state.todo");
          return (
            <li key={part.key}>
              <Link to={partHref(caseId, part.key)} className="ds-link" aria-current={part.key === current ? "step" : undefined}>
                {titleOf(part)}
              </Link>
              {state !== null && <span className="ds-paragraph" data-size="sm">{state}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export const ANSWER_ERRORS: Record<string, MessageKey> = {
  too_long: "appl.error.too_long",
  unknown_goal: "appl.error.unknown_goal",
  money_invalid: "appl.error.money_invalid",
  contribution_actor_missing: "appl.error.contribution_actor_missing",
  too_many_rows: "appl.error.too_many_rows",
};

export function areaErrorKey(code: string): MessageKey {
  const key = `appl.error.area.${code}`;
  return (key in AREA_KEYS ? key : "appl.error.area.file_unreadable") as MessageKey;
}
const AREA_KEYS: Record<string, true> = Object.fromEntries(
  ["empty", "too_large", "not_json", "not_polygon", "bad_coordinates", "ring_not_closed", "too_few_points", "too_complex", "unknown_crs", "outside_city", "invalid_geometry", "unknown_area", "file_unreadable"].map((c) => [`appl.error.area.${c}`, true]),
);

/** The message of a typed corners' problem (typed-corners.ts), with the line in its text. */
export function cornersErrorKey(code: string): MessageKey {
  const key = `appl.error.corners.${code}`;
  return (key in CORNER_KEYS ? key : "appl.error.corners.two_numbers") as MessageKey;
}
const CORNER_KEYS: Record<string, true> = Object.fromEntries(
  ["empty", "too_few", "too_many", "too_long", "two_numbers", "not_number", "out_of_range", "swapped", "outside_city", "other_system"].map((c) => [`appl.error.corners.${c}`, true]),
);

function AnswerValue({ field, value, goals }: { field: ApplicationFieldDefinition; value: unknown; goals: ApplicationView["goals"] }) {
  const t = useT();
  const locale = useLocale();
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return <em>{t("appl.review.empty")}</em>;
  if (field.kind === "goals" && Array.isArray(value)) {
    return (
      <ul className="ds-list">
        {(value as string[]).map((key) => (
          <li key={key}>{goalName(goals, key, locale)}</li>
        ))}
      </ul>
    );
  }
  if (field.kind === "contributions" && Array.isArray(value)) {
    const rows = value as Contribution[];
    return (
      <>
        <ul className="ds-list">
          {rows.map((row, i) => (
            <li key={i}>
              <strong>{row.actor}</strong>
              {row.moneySek !== null && ` · ${formatMoney(row.moneySek, locale)}`}
              {row.resources && ` · ${row.resources}`}
              {row.activities && ` · ${row.activities}`}
            </li>
          ))}
        </ul>
        <p className="ds-paragraph">{t("appl.contrib.total", { amount: formatMoney(contributedMoney({ [field.key]: rows }, field.key), locale) })}</p>
      </>
    );
  }
  return <>{String(value)}</>;
}

/** The answers of one application, by step, read-only; `changeLinks` adds "Ändra" links back to each step. */
export function ApplicationAnswers({ view, changeLinks }: { view: Pick<ApplicationView, "application" | "definition" | "goals">; changeLinks: boolean }) {
  const t = useT();
  const locale = useLocale();
  const a = view.application;
  return (
    <>
      {view.definition.applicationSteps.map((step) => (
        <section key={step.key} aria-labelledby={`answers-${step.key}`}>
          <h3 id={`answers-${step.key}`} className="ds-heading" data-size="xs">
            {step.title[locale]}
          </h3>
          <dl className="sv-answers">
            {view.definition.applicationFields
              .filter((f) => f.step === step.key)
              .map((field) => (
                <div key={field.key}>
                  <dt>
                    {field.label[locale]}
                    {changeLinks && (
                      <>
                        {" "}
                        <Link to={`${partHref(a.caseId, step.key)}?tillbaka=granska#field-${field.key}`} className="ds-link">
                          {t("appl.review.change")}
                          <span className="sv-visually-hidden"> {field.label[locale]}</span>
                        </Link>
                      </>
                    )}
                  </dt>
                  <dd>
                    {field.kind === "area" ? (
                      <AreaSummary application={a} />
                    ) : (
                      <AnswerValue field={field} value={a.answers[field.key]} goals={view.goals} />
                    )}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}

export function AreaSummary({ application: a }: { application: ApplicationView["application"] }) {
  const t = useT();
  const locale = useLocale();
  if (!a.areaSource && a.areas.length === 0 && !a.geometry) return <em>{t("appl.area.none")}</em>;
  return (
    <>
      {a.areaSource && <>{a.areaSource === "geojson" ? t("appl.area.source.geojson", { file: a.areaFileName ?? "" }) : t(`appl.area.source.${a.areaSource}`)}. </>}
      {a.areaKm2 !== null && <>{t("appl.area.size", { km2: formatNumber(a.areaKm2, locale, 2) })}. </>}
      {a.areas.length > 0 && t("appl.area.touches", { areas: a.areas.map((x) => x.name).join(", ") })}
    </>
  );
}

/** A city goal's name in the page's language (Swedish when it has no English name); the key only if the goal is gone. */
export function goalName(goals: ApplicationView["goals"], key: string, locale: "sv" | "en"): string {
  const goal = goals.find((g) => g.key === key);
  return goal ? (locale === "en" ? goal.nameEn : goal.nameSv) : key;
}
