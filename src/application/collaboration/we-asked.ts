/**
 * "Vi frågade, ni sa, vi gör" (we asked, you said, we do) for a running process (issue 11): for
 * each theme the residents raised, what they said (how many, in their own words) and what the
 * proposal and the committee's decision do about it; the themes nothing answers yet are shown
 * as such, and so are efforts that answer no theme. It reads the dialogue's compilation (the
 * dialogue feature's `CompilationService`, which decides who may read it: `case.read`) and the
 * proposal of efforts with its verdicts. Written to become public with the public register:
 * no personal data (viewpoints are anonymous, hidden ones never quoted).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { ProposalStatus } from "#src/domain/collaboration/proposal.ts";
import type { CompilationService } from "../dialogue/index.ts";
import type { UnitOfWork } from "../shared/ports.ts";

/** Quotes per theme on the page: a few voices, not the whole compilation. */
export const WE_ASKED_QUOTES = 2;

/** What the proposal and the decision do for a theme: an effort proposed, approved (with the city's contribution) or refused. */
export interface WeDo {
  effortId: string;
  title: string;
  responsible: string;
  startsOn: string;
  endsOn: string;
  verdict: "foreslagen" | "beviljad" | "avslagen";
  citySek: number | null;
}

export interface WeAskedPage {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  proposalStatus: ProposalStatus | null;
  viewpointCount: number;
  untaggedCount: number;
  themes: Array<{ id: string; name: string; count: number; quotes: Array<{ text: string; redacted: boolean }>; weDo: WeDo[] }>;
  /** Efforts that name no theme of the dialogue. */
  otherEfforts: WeDo[];
  activityCount: number;
}

export class WeAskedService {
  readonly #uow: UnitOfWork;
  readonly #compilation: CompilationService;

  constructor(deps: { uow: UnitOfWork; compilation: CompilationService }) {
    this.#uow = deps.uow;
    this.#compilation = deps.compilation;
  }

  /** The page, for those who may read the case (the compilation's rule); undefined otherwise. */
  async page(actor: Actor, caseId: string): Promise<WeAskedPage | undefined> {
    const compiled = await this.#compilation.compilation(actor, caseId);
    if (!compiled) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state) return undefined;
      const proposal = await r.proposals.proposal(caseId);
      const decided = proposal?.status === "beslutat";
      const efforts = (proposal?.efforts ?? []).map((e) => ({
        themeIds: new Set(e.themes.map((t) => t.id)),
        weDo: {
          effortId: e.id,
          title: e.title,
          responsible: e.responsible,
          startsOn: e.startsOn,
          endsOn: e.endsOn,
          verdict: !decided ? ("foreslagen" as const) : e.approved ? ("beviljad" as const) : ("avslagen" as const),
          citySek: decided && e.approved ? e.approvedCitySek : null,
        },
      }));
      const themeIds = new Set(compiled.themes.map((t) => t.id));
      return {
        caseId,
        title: compiled.title,
        caseNumber: compiled.caseNumber,
        phase: state.phase,
        proposalStatus: proposal?.status ?? null,
        viewpointCount: compiled.viewpointCount,
        untaggedCount: compiled.untaggedCount,
        themes: compiled.themes.map((t) => ({ id: t.id, name: t.name, count: t.count, quotes: t.quotes.slice(0, WE_ASKED_QUOTES), weDo: efforts.filter((e) => e.themeIds.has(t.id)).map((e) => e.weDo) })),
        otherEfforts: efforts.filter((e) => ![...e.themeIds].some((id) => themeIds.has(id))).map((e) => e.weDo),
        activityCount: compiled.activities.length,
      };
    });
  }
}
