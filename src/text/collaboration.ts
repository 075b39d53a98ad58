/** The running collaboration process (samverkansprocessen): its phases and their history. */
export const sv = {
  "process.event.samarbete_inleds": "Samarbetsfasen inleddes",
  "process.event.utforande_inleds": "Utförandefasen inleddes",
  "process.event.resultat_inleds": "Resultatfasen inleddes",
  "process.event.avslutas": "Processen avslutades",
  "process.error.event": "Välj vad som ska hända med processen.",
  "process.error.reasonTooLong": "Skälet får vara högst 2 000 tecken.",
  "process.error.wrong_phase": "Processen är inte i en fas där det går.",
  "process.error.not_granted": "Nämnden har inte beviljat samverkansstöd.",
  "process.error.efforts_not_decided": "Utförandefasen kan börja först när nämnden har beslutat om insatser och protokollet är justerat.",
  "process.error.reason_required": "Skriv varför processen avslutas innan resultatfasen.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "process.event.samarbete_inleds": "The collaboration phase began",
  "process.event.utforande_inleds": "The implementation phase began",
  "process.event.resultat_inleds": "The results phase began",
  "process.event.avslutas": "The process was closed",
  "process.error.event": "Choose what is to happen to the process.",
  "process.error.reasonTooLong": "The reason may be at most 2,000 characters.",
  "process.error.wrong_phase": "The process is not in a phase where that is possible.",
  "process.error.not_granted": "The committee has not granted samverkansstöd.",
  "process.error.efforts_not_decided": "The implementation phase can begin only once the committee has decided on the efforts and the minutes are approved.",
  "process.error.reason_required": "Say why the process is closed before the results phase.",
};
