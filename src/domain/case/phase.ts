/** The phases of samverkansstöd (seed 002): first contact, then the four phases of the model. */
export const PHASES = ["forsta_kontakt", "initiering", "samarbete", "utforande", "resultat", "avslutad"] as const;
export type Phase = (typeof PHASES)[number];
