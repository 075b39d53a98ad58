import type { InvitationMailText } from "#src/application/organisations/index.ts";
import type { Translate } from "#src/text/index.ts";

/** The invitation into a process the city started, in the sender's language (the same mail as a co-applicant's, naming the process). */
export function processInvitationMail(t: Translate): InvitationMailText {
  return {
    subject: (organisation) => t("invite.mailSubject", { organisation }),
    body: ({ inviter, invitingOrganisation, caseTitle, link, days }) =>
      t("invite.mailBody", { inviter, organisation: invitingOrganisation, link, days, case: caseTitle ? t("invitep.mailProcess", { case: caseTitle }) : "" }),
  };
}
