/**
 * What the command line says in two languages (`--lang sv|en`, English by default): the messages
 * of `samverka admin create`. The area index's problems that `samverka index … --lang` prints come
 * from index-problems.ts. The index commands' usage and their own framing of an error are English
 * only, written in src/cli (docs/decisions/0015-where-text-lives.md).
 */
export const sv = {
  "cli.admin.noPasswordFlag":
    "lösenordet anges aldrig på kommandoraden (processlistan och skalets historik skulle spara det): skriv det när du blir tillfrågad, skicka det på standard in eller sätt SAMVERKA_ADMIN_PASSWORD",
  "cli.admin.unknown": 'okänt kommando "admin {command}"; kommandot är: samverka admin create --email E --name N',
  "cli.admin.missing": '--email och --name behövs, t.ex. samverka admin create --email anna@malmo.se --name "Anna Andersson"',
  "cli.admin.prompt": "Lösenord för den nya administratören (minst 12 tecken): ",
  "cli.admin.again": "Samma lösenord igen: ",
  "cli.admin.mismatch": "lösenorden skiljer sig åt; inget skapades",
  "cli.admin.noPassword": "inget lösenord: skriv det när du blir tillfrågad, skicka det på standard in eller sätt SAMVERKA_ADMIN_PASSWORD",
  "cli.admin.weak": "lösenordet ska ha minst 12 och högst 200 tecken; inget skapades",
  "cli.admin.taken": "det finns redan ett konto med adressen {email}; inget skapades",
  "cli.admin.invalid": "uppgifterna är inte giltiga; inget skapades:",
  "cli.admin.field.email": "--email: skriv en e-postadress",
  "cli.admin.field.name": "--name: skriv administratörens namn",
  "cli.admin.field.department": "--department: skriv förvaltningen",
  "cli.admin.inUse": "datakatalogen {dir} används av en körande Samverka (process {pid}). Stoppa servern först, eller kör mot serverns databas med DATABASE_URL.",
  "cli.admin.config": "konfigurationen är inte giltig:",
  "cli.admin.created": "Administratören är skapad: {name} <{email}>. Logga in på {url}/logga-in",
};

export const en: Record<keyof typeof sv, string> = {
  "cli.admin.noPasswordFlag":
    "the password is never given on the command line (the process list and the shell's history would keep it): type it when asked, send it on standard input, or set SAMVERKA_ADMIN_PASSWORD",
  "cli.admin.unknown": 'unknown command "admin {command}"; the command is: samverka admin create --email E --name N',
  "cli.admin.missing": '--email and --name are required, e.g. samverka admin create --email anna@malmo.se --name "Anna Andersson"',
  "cli.admin.prompt": "Password for the new administrator (at least 12 characters): ",
  "cli.admin.again": "The same password again: ",
  "cli.admin.mismatch": "the two passwords differ; nothing was created",
  "cli.admin.noPassword": "no password: type it when asked, send it on standard input, or set SAMVERKA_ADMIN_PASSWORD",
  "cli.admin.weak": "the password must have at least 12 and at most 200 characters; nothing was created",
  "cli.admin.taken": "there already is an account with the address {email}; nothing was created",
  "cli.admin.invalid": "the details are not valid; nothing was created:",
  "cli.admin.field.email": "--email: write an e-mail address",
  "cli.admin.field.name": "--name: write the administrator's name",
  "cli.admin.field.department": "--department: write the department",
  "cli.admin.inUse": "the data folder {dir} is in use by a running Samverka (process {pid}). Stop the server first, or run against the server's database with DATABASE_URL.",
  "cli.admin.config": "the configuration is not valid:",
  "cli.admin.created": "Administrator created: {name} <{email}>. Sign in at {url}/logga-in",
};

export type CliKey = keyof typeof sv;
