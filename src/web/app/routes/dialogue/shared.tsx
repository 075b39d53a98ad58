/**
 * What the dialogue activities' pages share: the labels of the codes, an activity's facts, its
 * participation tables (suppressed for readers outside the process: the use case decides), and
 * the activity form's fields.
 */
import { PointMap, type PointMapShape } from "#src/web/app/ui/point-map.tsx";
import type { ActivityView } from "#src/application/dialogue/index.ts";
import { stockholmParts } from "#src/domain/dialogue/activity.ts";
import { PARTICIPATION_CATEGORIES, PARTICIPATION_MIN_COUNT } from "#src/domain/dialogue/participation.ts";
import { ACTIVITY_TYPES, PARTICIPATION_DIMENSIONS, TARGET_GROUPS } from "#src/domain/dialogue/vocabulary.ts";
import { formatDate, formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import type { FormFailure } from "#src/web/app/lib/forms.ts";
import { CheckboxGroup, Radios } from "#src/web/app/ui/choices.tsx";
import { Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export const typeKey = (t: string) => `activity.type.${t}` as MessageKey;
export const targetGroupKey = (g: string) => `activity.targetGroup.${g}` as MessageKey;
export const categoryKey = (c: string) => `activity.category.${c}` as MessageKey;
export const dimensionKey = (d: string) => `activities.dimension.${d}` as MessageKey;

/** Dates may arrive as strings after the loader's data crossed the wire. */
export const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));

export function TimeRange({ a }: { a: Pick<ActivityView, "startsAt" | "endsAt"> }) {
  const t = useT();
  const locale = useLocale();
  return <>{t("activities.timeRange", { start: formatDateTime(asDate(a.startsAt), locale), end: formatDateTime(asDate(a.endsAt), locale) })}</>;
}

export function Place({ a }: { a: Pick<ActivityView, "placeAddress" | "point"> }) {
  const t = useT();
  const locale = useLocale();
  const point = a.point && t("activities.point", { lat: formatNumber(a.point.lat, locale, 5), lon: formatNumber(a.point.lon, locale, 5) });
  if (!a.placeAddress && !point) return <>{t("activities.noPlace")}</>;
  return <>{[a.placeAddress, point].filter(Boolean).join(" · ")}</>;
}

/** The facts of one activity as a description list. */
export function ActivityFacts({ a }: { a: ActivityView }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="sv-dl">
      <dt>{t("activities.when")}</dt>
      <dd>
        <TimeRange a={a} />
      </dd>
      <dt>{t("activities.where")}</dt>
      <dd>
        <Place a={a} />
      </dd>
      <dt>{t("activities.whoFor")}</dt>
      <dd>{a.targetGroups.map((g) => t(targetGroupKey(g))).join(", ")}</dd>
      {a.accessibility && (
        <>
          <dt>{t("activities.accessibility")}</dt>
          <dd className="sv-prewrap">{a.accessibility}</dd>
        </>
      )}
      {a.languages.length > 0 && (
        <>
          <dt>{t("activities.languages")}</dt>
          <dd>{a.languages.join(", ")}</dd>
        </>
      )}
      <dt>{t("activities.publicLink")}</dt>
      <dd>
        <a className="ds-link" href={a.publicLink}>
          {a.publicLink}
        </a>
        <br />
        {a.consultationEndsOn ? t("activities.consultationEnds", { date: formatDate(a.consultationEndsOn, locale) }) : t("activities.consultationWhileRunning")} {t(a.openForViewpoints ? "activities.openNow" : "activities.closedNow")}
      </dd>
    </dl>
  );
}

/** The participation figures: the total and a small table per dimension with any recorded counts. */
export function ParticipationTables({ a, idPrefix, suppressed }: { a: ActivityView; idPrefix: string; suppressed: boolean }) {
  const t = useT();
  const locale = useLocale();
  const p = a.participation;
  const dimensions = p.dimensions.filter((d) => d.cells.length > 0);
  return (
    <>
      <p className="ds-paragraph">{p.total === null ? t("activities.participantsUnknown") : t("activities.participantsTotal", { count: formatNumber(p.total, locale) })}</p>
      {dimensions.map((d) => (
        <div className="sv-table-wrap" key={d.dimension}>
          <table className="ds-table" data-border data-size="sm" id={`${idPrefix}-${d.dimension}`}>
            <caption>{t("activities.dimensionCaption", { dimension: t(dimensionKey(d.dimension)) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("activities.category")}</th>
                <th scope="col" className="sv-num">
                  {t("activities.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.cells.map((c) => (
                <tr key={c.category}>
                  <th scope="row">{t(categoryKey(c.category))}</th>
                  <td className="sv-num">{c.count === null ? t("activities.hidden") : formatNumber(c.count, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {suppressed && dimensions.length > 0 && (
        <p className="ds-paragraph sv-hint" data-size="sm">
          {t("activities.suppressedNote", { min: PARTICIPATION_MIN_COUNT })}
        </p>
      )}
    </>
  );
}

/** The form's fields for a new activity or a change, filled from what was typed or from the activity. */
export function ActivityFields({ failure, activity, shapes }: { failure: FormFailure | undefined; activity?: ActivityView; shapes: PointMapShape[] }) {
  const t = useT();
  const e = failure?.errors;
  const start = activity && stockholmParts(asDate(activity.startsAt));
  const end = activity && stockholmParts(asDate(activity.endsAt));
  const initial: Record<string, string | undefined> = activity
    ? {
        title: activity.title,
        activityType: activity.activityType,
        description: activity.description,
        startDate: start!.date,
        startTime: start!.time,
        endDate: end!.date,
        endTime: end!.time,
        placeAddress: activity.placeAddress ?? "",
        lat: activity.point ? String(activity.point.lat) : "",
        lon: activity.point ? String(activity.point.lon) : "",
        accessibility: activity.accessibility,
        languages: activity.languages.join(", "),
        consultationEndsOn: activity.consultationEndsOn ?? "",
      }
    : {};
  const v = failure?.values ?? initial;
  const groups = failure ? (failure.lists?.targetGroups ?? []) : (activity?.targetGroups ?? []);
  const err = (k: string) => (e?.[k] ? t(e[k]!) : undefined);
  return (
    <>
      <TextField name="title" label={t("activities.form.title")} defaultValue={v.title} error={e?.title} />
      <Radios name="activityType" legend={t("activities.form.type")} options={ACTIVITY_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))} value={v.activityType} error={err("activityType")} />
      <Textarea name="description" label={t("activities.form.description")} hint={t("activities.form.descriptionHint")} defaultValue={v.description} error={e?.description} rows={4} maxLength={5000} />
      <div className="sv-field-row">
        <TextField name="startDate" label={t("activities.form.startDate")} hint={t("activities.form.dateHint")} defaultValue={v.startDate} error={e?.startDate} />
        <TextField name="startTime" label={t("activities.form.startTime")} hint={t("activities.form.timeHint")} defaultValue={v.startTime} error={e?.startTime} />
      </div>
      <div className="sv-field-row">
        <TextField name="endDate" label={t("activities.form.endDate")} hint={t("activities.form.dateHint")} defaultValue={v.endDate} error={e?.endDate} />
        <TextField name="endTime" label={t("activities.form.endTime")} hint={t("activities.form.timeHint")} defaultValue={v.endTime} error={e?.endTime} />
      </div>
      <fieldset className="ds-fieldset sv-field" aria-describedby="place-hint">
        <legend className="ds-label">{t("activities.form.place")}</legend>
        <div id="place-hint" className="ds-paragraph sv-hint" data-size="sm">
          {t("activities.form.placeHint")}
        </div>
        <TextField name="placeAddress" label={t("activities.form.placeAddress")} hint={t("activities.form.placeAddressHint")} defaultValue={v.placeAddress} error={e?.placeAddress} autoComplete="off" />
        <div className="sv-field-row">
          <TextField name="lat" label={t("activities.form.lat")} hint={t("activities.form.pointHint")} defaultValue={v.lat} error={e?.lat} inputMode="decimal" autoComplete="off" />
          <TextField name="lon" label={t("activities.form.lon")} defaultValue={v.lon} error={e?.lon} inputMode="decimal" autoComplete="off" />
        </div>
        <PointMap shapes={shapes} latId="field-lat" lonId="field-lon" label={t("activities.form.mapLabel")} hint={t("activities.form.mapHint")} />
      </fieldset>
      <CheckboxGroup name="targetGroups" legend={t("activities.form.targetGroups")} hint={t("activities.form.targetGroupsHint")} options={TARGET_GROUPS.map((g) => ({ value: g, label: t(targetGroupKey(g)) }))} checked={groups} error={err("targetGroups")} />
      <Textarea name="accessibility" label={t("activities.form.accessibility")} hint={t("activities.form.accessibilityHint")} defaultValue={v.accessibility} error={e?.accessibility} rows={3} maxLength={2000} />
      <TextField name="languages" label={t("activities.form.languages")} hint={t("activities.form.languagesHint")} defaultValue={v.languages} error={e?.languages} />
      <TextField name="consultationEndsOn" label={t("activities.form.consultationEndsOn")} hint={t("activities.form.consultationEndsOnHint")} defaultValue={v.consultationEndsOn} error={e?.consultationEndsOn} />
    </>
  );
}

/** The labels of the activity form's fields, for the error summary. */
export const ACTIVITY_LABELS: Record<string, MessageKey> = {
  title: "activities.form.title",
  activityType: "activities.form.type",
  description: "activities.form.description",
  startDate: "activities.form.startDate",
  startTime: "activities.form.startTime",
  endDate: "activities.form.endDate",
  endTime: "activities.form.endTime",
  placeAddress: "activities.form.placeAddress",
  lat: "activities.form.lat",
  lon: "activities.form.lon",
  targetGroups: "activities.form.targetGroups",
  accessibility: "activities.form.accessibility",
  languages: "activities.form.languages",
  consultationEndsOn: "activities.form.consultationEndsOn",
};

/** The participation form's fields: the total, then a group of counts per dimension. */
export function ParticipationFields({ failure, activity }: { failure: FormFailure | undefined; activity: ActivityView }) {
  const t = useT();
  const e = failure?.errors;
  const recorded = (dimension: string, category: string) => activity.participation.dimensions.find((d) => d.dimension === dimension)?.cells.find((c) => c.category === category)?.count;
  const value = (name: string, fallback: number | null | undefined) => (failure ? failure.values[name] : fallback === null || fallback === undefined ? "" : String(fallback));
  return (
    <>
      <TextField name="total" label={t("activities.participation.total")} defaultValue={value("total", activity.participation.total)} error={e?.total} inputMode="numeric" autoComplete="off" />
      {PARTICIPATION_DIMENSIONS.map((dimension) => {
        const error = e?.[dimension];
        const errorId = `field-${dimension}-error`;
        return (
          <fieldset key={dimension} className="ds-fieldset sv-field" id={`field-${dimension}`} tabIndex={-1} aria-describedby={error ? errorId : undefined}>
            <legend className="ds-label">{t("activities.dimensionCaption", { dimension: t(dimensionKey(dimension)) })}</legend>
            {error && (
              <div id={errorId} className="ds-validation-message" data-color="danger">
                {t(error)}
              </div>
            )}
            <div className="sv-field-row">
              {PARTICIPATION_CATEGORIES[dimension].map((category) => {
                const name = `${dimension}_${category}`;
                return <TextField key={name} name={name} label={t(categoryKey(category))} defaultValue={value(name, recorded(dimension, category))} error={e?.[name]} inputMode="numeric" autoComplete="off" />;
              })}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

export const PARTICIPATION_LABELS: Record<string, MessageKey> = {
  total: "activities.participation.total",
  ...Object.fromEntries(PARTICIPATION_DIMENSIONS.flatMap((d) => PARTICIPATION_CATEGORIES[d].map((c) => [`${d}_${c}`, categoryKey(c)]))),
};
