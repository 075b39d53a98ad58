/** Paging of long lists, the register's periods, the application's rows and the grouped staff menu. */
export const sv = {
  "page.nav": "Sidor",
  "page.previous": "Föregående",
  "page.next": "Nästa",
  "page.number": "Sida {n}",
  "page.showing": "Visar {from}–{to} av {total}",
  "crequests.pages": "Sidor med kontaktförfrågningar",
  "cases.pages": "Sidor med ärenden",
  "reg.pages": "Sidor i registret",
  "audit.pages": "Sidor i granskningsloggen",
  "start.allCasesLink": "Alla ärenden",
  "reg.periodFrom": "från {from}",
  "reg.periodEndUnknown": "{from} – slutdatum okänt",
};

export const en: Record<keyof typeof sv, string> = {
  "page.nav": "Pages",
  "page.previous": "Previous",
  "page.next": "Next",
  "page.number": "Page {n}",
  "page.showing": "Showing {from}–{to} of {total}",
  "crequests.pages": "Pages of contact requests",
  "cases.pages": "Pages of cases",
  "reg.pages": "Pages of the register",
  "audit.pages": "Pages of the audit log",
  "start.allCasesLink": "All cases",
  "reg.periodFrom": "from {from}",
  "reg.periodEndUnknown": "{from} – end date not known",
};
