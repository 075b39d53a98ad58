import type { InvitationMailText } from "#src/application/organisations/index.ts";
import type { Translate } from "#src/text/index.ts";

/** The invitation e-mail in the sender's language. */
export function invitationMail(t: Translate): InvitationMailText {
  return {
    subject: (organisation) => t("invite.mailSubject", { organisation }),
    body: ({ inviter, invitingOrganisation, caseTitle, link, days }) =>
      t("invite.mailBody", { inviter, organisation: invitingOrganisation, link, days, case: caseTitle ? t("invite.mailCase", { case: caseTitle }) : "" }),
  };
}
