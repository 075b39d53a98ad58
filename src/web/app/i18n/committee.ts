/** The city's side: assessment, routing, committee meetings, officer's report, decisions. */
export const sv = {
  "nav.meetings": "Sammanträden",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "nav.meetings": "Meetings",
};
