/**
 * The shared words of the dialogue with residents (issue 11, seed 002): the kinds of dialogue
 * activity, who an activity is for, and the optional questions a viewpoint and a participation
 * count are broken down by. The database mirrors these lists as check constraints (migration
 * 0017_dialogue); the page texts for each code are in the message catalogues.
 */

/** What kind of activity: workshop, a walk in the area, a pop-up, a survey, a meeting, digital. */
export const ACTIVITY_TYPES = ["workshop", "vandring", "popup", "enkat", "mote", "digital"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * Who an activity is for: residents, people working in the area, visitors, and children and
 * young people named on their own (barnkonventionen: their views are sought explicitly).
 */
export const TARGET_GROUPS = ["boende", "verksamma", "besokare", "barn", "unga"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Age bands, for viewpoints (optional) and participation figures. Under 13 are children, 13–19 young people. */
export const AGE_BANDS = ["0_12", "13_19", "20_29", "30_49", "50_64", "65_"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Sex, as asked (optional): woman, man, another answer. */
export const SEXES = ["kvinna", "man", "annat"] as const;
export type Sex = (typeof SEXES)[number];

/** How a person relates to the area (optional, several may apply): lives, works, visits. */
export const AREA_RELATIONS = ["bor", "arbetar", "besoker"] as const;
export type AreaRelation = (typeof AREA_RELATIONS)[number];

/** How a viewpoint came in: the public form, entered by hand, imported from CSV. */
export const VIEWPOINT_SOURCES = ["formular", "manuell", "import"] as const;
export type ViewpointSource = (typeof VIEWPOINT_SOURCES)[number];

/** Participation figures are broken down by sex, age band and, where collected, disability. */
export const PARTICIPATION_DIMENSIONS = ["kon", "alder", "funktionsnedsattning"] as const;
export type ParticipationDimension = (typeof PARTICIPATION_DIMENSIONS)[number];

/**
 * A viewpoint's language (issue 13): a BCP 47 code of a language Samverka offers. Swedish when
 * nothing says otherwise, and the only language the theme suggestion reads.
 */
export const SWEDISH = "sv";
export const isLanguageCode = (value: unknown): value is string => typeof value === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value);

const member = <T extends string>(list: readonly T[]) => (value: unknown): value is T => typeof value === "string" && (list as readonly string[]).includes(value);
export const isActivityType = member(ACTIVITY_TYPES);
export const isTargetGroup = member(TARGET_GROUPS);
export const isAgeBand = member(AGE_BANDS);
export const isSex = member(SEXES);
export const isAreaRelation = member(AREA_RELATIONS);
