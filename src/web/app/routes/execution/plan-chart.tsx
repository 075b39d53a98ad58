import type { PlanEffortView } from "#src/application/execution/index.ts";
import { INTL_LOCALE, type Locale } from "#src/text/locale.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/**
 * The plan's timeline as SVG drawn on the server: one bar per effort from start to end, its
 * status in colour and in words, the share done darker, milestones as diamonds, today as a line.
 * Hand-written rather than drawn with Plot: a handful of shapes, and the same on every server
 * (docs/decisions/0028-execution-plan-changes-and-payments.md). role="img" with a title and a
 * description; the table beside it holds the same data. Users' text is React text: escaped.
 */
const STATUS_FILL: Record<string, string> = { planerad: "#6b7a8c", pagaende: "#1f5f9e", klar: "#2e6b30", forsenad: "#9a4a06", installd: "#5b5f66" };

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

export interface Tick {
  x: number;
  label: string;
}

/** The scale of the chart: days to x, with ticks at month or quarter starts. */
export function timelineScale(efforts: ReadonlyArray<Pick<PlanEffortView, "startsOn" | "endsOn">>, today: string, locale: Locale, width: { left: number; right: number }) {
  const starts = efforts.map((e) => e.startsOn);
  const ends = efforts.map((e) => e.endsOn);
  const firstDate = [...starts].sort()[0] ?? today;
  const lastDate = [...ends].sort().at(-1) ?? today;
  const first = new Date(`${firstDate.slice(0, 7)}-01T00:00:00Z`);
  const lastMonth = new Date(`${lastDate.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1, 1));
  const from = first.getTime() / DAY;
  const to = end.getTime() / DAY;
  const x = (date: string) => width.left + ((Math.min(Math.max(dayOf(date), from), to) - from) / (to - from)) * (width.right - width.left);
  const months = (end.getUTCFullYear() - first.getUTCFullYear()) * 12 + end.getUTCMonth() - first.getUTCMonth();
  const step = months <= 12 ? 1 : months <= 36 ? 3 : 12;
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], step === 12 ? { year: "numeric", timeZone: "UTC" } : { month: "short", year: "2-digit", timeZone: "UTC" });
  const ticks: Tick[] = [];
  for (let m = 0; m < months; m += step) {
    const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
    ticks.push({ x: x(d.toISOString().slice(0, 10)), label: format.format(d) });
  }
  return { x, ticks, showToday: today >= firstDate && today <= end.toISOString().slice(0, 10) };
}

export function PlanChart({ efforts, today }: { efforts: PlanEffortView[]; today: string }) {
  const t = useT();
  const locale = useLocale();
  const width = 760;
  const left = 250;
  const row = 40;
  const top = 34;
  const height = top + efforts.length * row + 10;
  const scale = timelineScale(efforts, today, locale, { left, right: width - 10 });
  const short = (s: string) => (Array.from(s).length > 30 ? `${Array.from(s).slice(0, 29).join("")}…` : s);
  return (
    <svg className="sv-plan-chart" role="img" aria-labelledby="plan-chart-title plan-chart-desc" viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
      <title id="plan-chart-title">{t("execution.plan.chartTitle")}</title>
      <desc id="plan-chart-desc">{t("execution.plan.chartDesc")}</desc>
      <g fontSize="12" fill="#1a1a1a">
        {scale.ticks.map((tick) => (
          <g key={`${tick.x}-${tick.label}`}>
            <line x1={tick.x} x2={tick.x} y1={top - 6} y2={height - 6} stroke="#c7ccd1" />
            <text x={tick.x + 3} y={top - 12}>
              {tick.label}
            </text>
          </g>
        ))}
        {efforts.map((e, i) => {
          const y = top + i * row + 8;
          const x1 = scale.x(e.startsOn);
          const x2 = Math.max(scale.x(e.endsOn), x1 + 3);
          const fill = STATUS_FILL[e.status] ?? "#5b5f66";
          return (
            <g key={e.id}>
              <text x={4} y={y + 11}>
                <title>{e.title}</title>
                {short(e.title)}
              </text>
              <text x={4} y={y + 25} fill="#44474b" fontSize="11">
                {`${t(`execution.status.${e.status}`)} · ${t("execution.plan.percentValue", { percent: e.percent })}`}
              </text>
              <rect x={x1} y={y} width={x2 - x1} height={22} fill="#ffffff" stroke={fill} strokeWidth={2} rx={3} />
              <rect x={x1} y={y} width={((x2 - x1) * e.percent) / 100} height={22} fill={fill} rx={3} />
              {e.milestones.map((m) => {
                const mx = scale.x(m.dueOn);
                return (
                  <path key={m.id} d={`M ${mx} ${y - 3} l 6 7 l -6 7 l -6 -7 z`} fill={m.doneOn ? "#1a1a1a" : "#ffffff"} stroke="#1a1a1a" strokeWidth={1.5}>
                    <title>{`${m.title}: ${m.dueOn}${m.doneOn ? ` (${t("execution.plan.doneValue", { date: m.doneOn })})` : ""}`}</title>
                  </path>
                );
              })}
            </g>
          );
        })}
        {scale.showToday && (
          <g>
            <line x1={scale.x(today)} x2={scale.x(today)} y1={top - 6} y2={height - 6} stroke="#b3261e" strokeWidth={2} strokeDasharray="4 3" />
            <text x={scale.x(today) + 3} y={height - 8} fill="#b3261e" fontSize="11">
              {t("execution.plan.today")}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
