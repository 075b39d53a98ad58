/**
 * Where a person gets help: the same address in the footer of every page (WCAG 3.2.6 consistent
 * help) and on the accessibility statement (/tillganglighet). Decision 0034.
 */
export const HELP_EMAIL = "samverkan.fgk@malmo.se";

/** Digg's form for reporting a public-sector site that does not meet the accessibility law. */
export const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

/** The day the accessibility statement was last reviewed (the checks in decision 0034 were run). */
export const STATEMENT_REVIEWED = "2026-12-02";
