import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

// Paths are Swedish, as the users read them in the address bar.
export default [
  index("routes/home.tsx"),
  route("logga-in", "routes/sign-in.tsx"),
  route("logga-ut", "routes/sign-out.tsx"),
  route("glomt-losenord", "routes/forgot-password.tsx"),
  route("aterstall-losenord", "routes/reset-password.tsx"),
  route("sprak", "routes/language.tsx"),
  layout("routes/signed-in.tsx", [
    route("start", "routes/start.tsx"),
    route("arenden", "routes/cases.tsx"),
    route("arenden/:caseId", "routes/case.tsx"),
    route("handlaggning", "routes/handling/inbox.tsx"),
    route("handlaggning/:caseId/bedomning", "routes/handling/assessment.tsx"),
    route("handlaggning/:caseId/overlamna", "routes/handling/routing.tsx"),
    route("handlaggning/:caseId/beslut", "routes/handling/decision.tsx"),
    route("handlaggning/:caseId/tjansteskrivelse.docx", "routes/handling/report-docx.ts"),
    route("handlaggning/:caseId/tjansteskrivelse.pdf", "routes/handling/report-pdf.ts"),
    route("sammantraden", "routes/handling/meetings.tsx"),
    route("sammantraden/:meetingId", "routes/handling/meeting.tsx"),
    route("omraden", "routes/areas.tsx"),
    route("utkorg", "routes/outbox.tsx"),
    route("admin/anvandare", "routes/users.tsx"),
    route("admin/granskningslogg", "routes/audit-log.tsx"),
    route("konto", "routes/account.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
