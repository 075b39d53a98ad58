/**
 * The city's draft index for områdeslyft (stadskontoret 2023): four dimensions — delaktighet,
 * utbildning, ekonomi, boende — with three cross-sectoral indicators each (seed 004, FSN
 * L983–985, HVON L2139–2141). The remiss responses quote only some of the twelve indicators;
 * the others are placeholders, each `note` says which is which and where it comes from.
 * Directions of the quoted indicators are not stated in the draft; they are our reading.
 * Method choices (min–max, arithmetic means, exclude missing, suppress counts below 5) are ours,
 * not the draft's. Data years are not in the seeds: the latest year in the data is used.
 *
 * Why arithmetic means and not the geometric mean (which lets a weak dimension pull the score
 * down more, as UNDP's HDI does): the geometric mean needs every input > 0, and min–max gives
 * the weakest area 0 on every indicator. It would need fixed goalposts for all twelve
 * indicators, which the draft does not give, or an explicit `aggregation.floor`, a choice of
 * ours that would itself move areas in the ranking. The arithmetic mean works on the draft as it
 * is; switching is one line once the stadskontoret has set goalposts.
 */
import type { IndexConfig } from "./config.ts";

export const DEFAULT_INDEX_CONFIG: IndexConfig = {
  id: "malmo-omradeslyft-utkast-2023",
  name: { sv: "Index för områdeslyft (stadskontorets utkast 2023)", en: "Area uplift index (city office draft 2023)" },
  note: "Structure from the draft (4 dimensions × 3 indicators). Indicators marked 'Placeholder' are not named in the remiss material and must be replaced by the stadskontoret's actual list. Aggregation is arithmetic at both levels: the draft does not say, and a geometric mean needs every value > 0 while min–max gives the weakest area 0 on each indicator; it would need goalposts for every indicator (not in the draft) or an explicit aggregation.floor, a choice that itself moves areas in the ranking.",
  dimensions: [
    {
      key: "delaktighet",
      name: { sv: "Delaktighet", en: "Participation" },
      indicators: [
        {
          key: "deltagande_fritidsaktivitet",
          name: { sv: "Deltagande i fritidsaktivitet", en: "Participation in leisure activities" },
          unit: "%",
          direction: "higher_is_better",
          source: "Fritidsförvaltningen (aktivitetsstöd)",
          note: "Named in the draft [004 FRN L520–526]. FRN: measures the support system's reach, not influence over the activities.",
        },
        {
          key: "svarsfrekvens_folkhalsoenkat",
          name: { sv: "Svarsfrekvens i folkhälsoenkäter", en: "Response rate in public health surveys" },
          unit: "%",
          direction: "higher_is_better",
          source: "Region Skåne, folkhälsoenkäten",
          note: "Named in the draft [004 TN L2902–2903]. TN doubts it says much about perceived participation.",
        },
        {
          key: "valdeltagande",
          name: { sv: "Valdeltagande", en: "Voter turnout" },
          unit: "%",
          direction: "higher_is_better",
          source: "Valmyndigheten",
          note: "Placeholder: the draft's third participation indicator is not quoted; voter turnout is named as a democratic process by FSN [004 FSN L1108–1110].",
        },
      ],
    },
    {
      key: "utbildning",
      name: { sv: "Utbildning", en: "Education" },
      indicators: [
        {
          key: "behorighet_gymnasiet",
          name: { sv: "Behörighet till gymnasiet efter årskurs 9", en: "Eligibility for upper secondary school after year 9" },
          unit: "%",
          direction: "higher_is_better",
          source: "Grundskoleförvaltningen / Skolverket",
          note: "Placeholder: the draft measures at year 9 [004 GRN L1795–1797] but its wording is not quoted; eligibility is GRN's theme [004 GRN L1745].",
        },
        {
          key: "gymnasieexamen_4_ar",
          name: { sv: "Gymnasieexamen inom fyra år", en: "Upper secondary diploma within four years" },
          unit: "%",
          direction: "higher_is_better",
          source: "Gymnasie- och vuxenutbildningsförvaltningen / Skolverket",
          note: "Placeholder proposed by GVN [004 GVN L2027–2029].",
        },
        {
          key: "inskrivna_forskola",
          name: { sv: "Andel barn inskrivna i förskola", en: "Share of children enrolled in preschool" },
          unit: "%",
          direction: "higher_is_better",
          source: "Förskoleförvaltningen",
          note: "Placeholder proposed by ASN [004 ASN L161] and MN.",
        },
      ],
    },
    {
      key: "ekonomi",
      name: { sv: "Ekonomi", en: "Economy" },
      indicators: [
        {
          key: "barnfattigdom",
          name: { sv: "Barnfattigdom (barn i hushåll med låg ekonomisk standard)", en: "Child poverty (children in low-income households)" },
          unit: "%",
          direction: "higher_is_worse",
          source: "SCB",
          note: "Placeholder: no economy indicator is named in the seeds; child poverty is proposed by ASN, FRN, KN and MN [004 ASN L162].",
        },
        {
          key: "forvarvsfrekvens",
          name: { sv: "Förvärvsfrekvens 20–64 år", en: "Employment rate, age 20–64" },
          unit: "%",
          direction: "higher_is_better",
          source: "SCB",
          note: "Placeholder: not in the seeds; 'ökad sysselsättning' is one of the stadskontoret's aims [004 FSKN L1568].",
        },
        {
          key: "ekonomiskt_bistand",
          name: { sv: "Andel invånare med ekonomiskt bistånd", en: "Share of residents receiving social assistance" },
          unit: "%",
          direction: "higher_is_worse",
          source: "Arbetsmarknads- och socialförvaltningen",
          note: "Placeholder: not in the seeds; ASN's aim is 'egen försörjning' [004 ASN L187].",
        },
      ],
    },
    {
      key: "boende",
      name: { sv: "Boende", en: "Housing" },
      indicators: [
        {
          key: "bostadsratt_eller_aganderatt",
          name: { sv: "Andel som bor i bostads- eller äganderätt", en: "Share living in a tenant-owned or owner-occupied home" },
          unit: "%",
          direction: "higher_is_better",
          source: "SCB",
          note: "Named in the draft as no. 3 [004 MKB L3111–3112; TN L2904–2905]; direction is our reading. MKB proposes measuring the mix of tenure forms instead.",
        },
        {
          key: "in_och_utflyttning",
          name: { sv: "In- och utflyttning (omflyttning)", en: "Residential turnover (moves in and out)" },
          unit: "% av befolkningen per år",
          direction: "higher_is_worse",
          source: "SCB",
          note: "Named in the draft as 'in- och utflyttning' [004 ASN L155–157]; the exact measure and direction are not stated (high turnover read as worse).",
        },
        {
          key: "upplevd_trygghet",
          name: { sv: "Upplevd trygghet i bostadsområdet", en: "Perceived safety in the neighbourhood" },
          unit: "%",
          direction: "higher_is_better",
          source: "Polisen, trygghetsmätningen",
          note: "Placeholder: MKB proposes safety under Boende [004 MKB L3107–3110].",
        },
      ],
    },
  ],
  normalisation: { method: "minmax" },
  aggregation: { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
  missing: "exclude",
  suppression: { minCount: 5 },
};
