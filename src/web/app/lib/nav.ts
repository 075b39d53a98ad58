/**
 * The staff's main menu as data: a few top items and groups (Ärenden, Samordning, Analys,
 * Administration) that open as disclosure menus. Who sees an item follows the access policy
 * (`can`), the same rule the page itself checks, so the menu never offers a page that answers
 * 403 and never hides one a person may use. A group with one item for this person is shown as
 * that item; an empty group is left out.
 *
 * To add a page: add an item to its group (the administration pages go in ADMIN_NAV).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can, type Permission } from "#src/domain/access/policy.ts";
import type { MessageKey } from "#src/text/index.ts";

/** The permissions a page can be offered by: those that need no particular record. */
export type PagePermission = Exclude<Permission, { record: unknown }>;

export interface NavItem {
  to: string;
  label: MessageKey;
  /** The label when the item stands alone, outside its group (default: `label`). */
  aloneLabel?: MessageKey;
  /** null: everyone signed in. */
  permission: PagePermission | null;
}

export interface NavGroup {
  group: string;
  label: MessageKey;
  items: NavItem[];
}

/** Administration: accounts and staff, committees, the city's goals, the audit log, the mail outbox. */
export const ADMIN_NAV: NavItem[] = [
  { to: "/admin/anvandare", label: "nav.staff", permission: { action: "staff.manage" } },
  { to: "/admin/namnder", label: "nav.committees", permission: { action: "committees.manage" } },
  { to: "/admin/mal", label: "nav.goals", permission: { action: "goals.manage" } },
  { to: "/admin/granskningslogg", label: "nav.audit", permission: { action: "audit.readAll" } },
  { to: "/utkorg", label: "nav.outbox", permission: { action: "outbox.read" } },
  { to: "/admin/jobb", label: "nav.jobs", permission: { action: "jobs.manage" } },
  { to: "/admin/sprak", label: "nav.languages", permission: { action: "languages.read" } },
];

export const NAV: Array<NavItem | NavGroup> = [
  { to: "/start", label: "nav.start", permission: null },
  {
    group: "arenden",
    label: "nav.group.cases",
    items: [
      { to: "/arenden", label: "nav.casesAll", aloneLabel: "nav.cases", permission: { action: "case.list" } },
      { to: "/handlaggning", label: "nav.handling", permission: { action: "handling.inbox" } },
      { to: "/kontaktforfragningar", label: "nav.contactRequests", permission: { action: "contactRequest.handle" } },
      { to: "/sammantraden", label: "nav.meetings", permission: { action: "meeting.manage" } },
      { to: "/arenden/ny-process", label: "initiate.nav", permission: { action: "process.initiate" } },
    ],
  },
  {
    group: "samordning",
    label: "nav.group.coordination",
    items: [
      { to: "/processer", label: "nav.register", permission: { action: "register.read" } },
      { to: "/samordning", label: "nav.parallel", permission: { action: "register.read" } },
      { to: "/natverk", label: "nav.network", permission: { action: "network.manage" } },
      { to: "/ataganden", label: "nav.commitments", permission: { action: "register.read" } },
    ],
  },
  {
    group: "analys",
    label: "nav.group.analysis",
    items: [
      { to: "/index", label: "nav.index", permission: { action: "index.read" } },
      { to: "/fordelning", label: "equity.nav", permission: { action: "register.read" } },
      { to: "/omraden", label: "nav.areas", permission: { action: "areas.read" } },
      { to: "/lardomar", label: "nav.lessons", permission: { action: "lessons.read" } },
      { to: "/jamforelse", label: "nav.comparison", permission: { action: "comparison.read" } },
      { to: "/namnd/arsrapport", label: "nav.yearlyReport", permission: { action: "register.read" } },
    ],
  },
  { group: "administration", label: "nav.group.admin", items: ADMIN_NAV },
  { to: "/organisation", label: "nav.organisation", permission: { action: "organisation.manage" } },
  { to: "/konto", label: "nav.account", permission: null },
];

/** The menu one person sees, as plain data for the page (computed on the server). */
export type VisibleNav = Array<{ kind: "link"; to: string; label: MessageKey } | { kind: "group"; group: string; label: MessageKey; items: Array<{ to: string; label: MessageKey }> }>;

export function navFor(actor: Actor, nav: ReadonlyArray<NavItem | NavGroup> = NAV): VisibleNav {
  const allowed = (item: NavItem) => item.permission === null || can(actor, item.permission);
  const out: VisibleNav = [];
  for (const entry of nav) {
    if (!("group" in entry)) {
      if (allowed(entry)) out.push({ kind: "link", to: entry.to, label: entry.aloneLabel ?? entry.label });
      continue;
    }
    const items = entry.items.filter(allowed);
    if (items.length === 1) out.push({ kind: "link", to: items[0]!.to, label: items[0]!.aloneLabel ?? items[0]!.label });
    else if (items.length > 1) out.push({ kind: "group", group: entry.group, label: entry.label, items: items.map((i) => ({ to: i.to, label: i.label })) });
  }
  return out;
}
