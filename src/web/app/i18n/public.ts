/** Public pages: the Samverkansstöd start page, the contact request, actor organisations and invitations. */
export const sv = {
  "nav.samverkansstod": "Samverkansstöd",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "nav.samverkansstod": "Collaboration support",
};
