/**
 * The committee's use cases as one object of small services, one per group of use cases: the
 * composition root builds it once (services(context).committee), and so do the tests.
 */
import type { CommitteeDeps } from "./common.ts";
import { ContactPersons } from "./contact-person.ts";
import { Decisions } from "./decisions.ts";
import { EffortsDecisions } from "./efforts-decision.ts";
import { Handling } from "./handling.ts";
import { Meetings } from "./meetings.ts";
import { OfficerReports } from "./officer-report.ts";
import { CaseRouting } from "./routing.ts";

export interface CommitteeServices {
  /** Forwarding a case, or sending a copy for an opinion; taking up and answering what was sent. */
  routing: CaseRouting;
  /** The committee officer's inbox, and on a case the next steps and whom its contact person can be. */
  handling: Handling;
  /** Meetings and their agendas. */
  meetings: Meetings;
  /** Recording the decision, its justering and anslag dates, and reading it back with its appeal. */
  decisions: Decisions;
  /** The second decision: on the proposed efforts (decision point "insatser"). */
  effortsDecisions: EffortsDecisions;
  /** The officer's report (tjänsteskrivelse). */
  officerReports: OfficerReports;
  /** Choosing the case's contact person. */
  contactPersons: ContactPersons;
}

export function createCommitteeServices(deps: CommitteeDeps): CommitteeServices {
  return {
    routing: new CaseRouting(deps),
    handling: new Handling(deps),
    meetings: new Meetings(deps),
    decisions: new Decisions(deps),
    effortsDecisions: new EffortsDecisions(deps),
    officerReports: new OfficerReports(deps),
    contactPersons: new ContactPersons(deps),
  };
}
