/** The application (ansökan): steps, fields, map, attachments, submission. */
export const sv = {
  "nav.applications": "Ansökningar",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "nav.applications": "Applications",
};
