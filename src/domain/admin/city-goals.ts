/**
 * The city's goals that a proposal can serve (kommunfullmäktiges mål), kept by the
 * administrators as data and optionally linked to the 2030 Agenda's goals and targets
 * (e.g. "11.7" or "16"). A goal's key is fixed when it is made: applications refer to it.
 */

/** The 17 Sustainable Development Goals, with their short Swedish and English names. */
export const AGENDA_2030_GOALS: ReadonlyArray<{ number: number; sv: string; en: string }> = [
  { number: 1, sv: "Ingen fattigdom", en: "No poverty" },
  { number: 2, sv: "Ingen hunger", en: "Zero hunger" },
  { number: 3, sv: "Hälsa och välbefinnande", en: "Good health and well-being" },
  { number: 4, sv: "God utbildning för alla", en: "Quality education" },
  { number: 5, sv: "Jämställdhet", en: "Gender equality" },
  { number: 6, sv: "Rent vatten och sanitet för alla", en: "Clean water and sanitation" },
  { number: 7, sv: "Hållbar energi för alla", en: "Affordable and clean energy" },
  { number: 8, sv: "Anständiga arbetsvillkor och ekonomisk tillväxt", en: "Decent work and economic growth" },
  { number: 9, sv: "Hållbar industri, innovationer och infrastruktur", en: "Industry, innovation and infrastructure" },
  { number: 10, sv: "Minskad ojämlikhet", en: "Reduced inequalities" },
  { number: 11, sv: "Hållbara städer och samhällen", en: "Sustainable cities and communities" },
  { number: 12, sv: "Hållbar konsumtion och produktion", en: "Responsible consumption and production" },
  { number: 13, sv: "Bekämpa klimatförändringarna", en: "Climate action" },
  { number: 14, sv: "Hav och marina resurser", en: "Life below water" },
  { number: 15, sv: "Ekosystem och biologisk mångfald", en: "Life on land" },
  { number: 16, sv: "Fredliga och inkluderande samhällen", en: "Peace, justice and strong institutions" },
  { number: 17, sv: "Genomförande och globalt partnerskap", en: "Partnerships for the goals" },
];

/** A goal ("11") or one of its targets ("11.7", "16.a"). */
const REF = /^(\d{1,2})(?:\.(\d{1,2}|[a-c]))?$/;

/**
 * Reads "11.7, 16.1" (commas, semicolons or spaces between) into sorted, unique references.
 * Returns the entries that are not a goal 1–17 or a target of one.
 */
export function parseAgenda2030(text: string): { ok: true; value: string[] } | { ok: false; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const invalid = parts.filter((p) => {
    const m = REF.exec(p);
    return !m || Number(m[1]) < 1 || Number(m[1]) > 17;
  });
  if (invalid.length > 0) return { ok: false, invalid };
  const unique = [...new Set(parts)];
  unique.sort((a, b) => {
    const [ga, ta = ""] = a.split(".");
    const [gb, tb = ""] = b.split(".");
    return Number(ga) - Number(gb) || ta.localeCompare(tb, "en", { numeric: true });
  });
  return { ok: true, value: unique };
}

/** The Agenda 2030 goal a reference belongs to ("11.7" → goal 11). */
export function agendaGoalOf(ref: string): (typeof AGENDA_2030_GOALS)[number] | undefined {
  const n = Number(ref.split(".")[0]);
  return AGENDA_2030_GOALS.find((g) => g.number === n);
}

/** A stable key from a goal's Swedish name: "Trygg och tillgänglig stad" → "trygg_och_tillganglig_stad". */
export function goalKeyFrom(name: string): string {
  const key = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60)
    .replace(/_+$/g, "");
  return key.length >= 2 ? key : `mal_${key}`.slice(0, 60);
}

/** Makes a key unique among those taken by adding _2, _3, … */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base.slice(0, 56)}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The limits of a goal's texts (the city goal schema, src/application/admin/schemas.ts, reads a goal with them). */
export const GOAL_NAME_MAX = 300;
export const GOAL_DESCRIPTION_MAX = 2000;
