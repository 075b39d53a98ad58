/** Following a case: statuses in e-service words, what happens next, messages and completion requests. */
export const sv = {
  "status.utkast": "Utkast",
  "status.inskickat": "Inskickat",
  "status.under_behandling": "Under behandling",
  "status.vantar_pa_komplettering": "Väntar på komplettering",
  "status.kompletterad": "Kompletterad",
  "status.beslutat": "Beslutat",
  "status.avslutat": "Avslutat",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "status.utkast": "Draft",
  "status.inskickat": "Submitted",
  "status.under_behandling": "Being processed",
  "status.vantar_pa_komplettering": "Waiting for completion",
  "status.kompletterad": "Completed",
  "status.beslutat": "Decided",
  "status.avslutat": "Closed",
};
