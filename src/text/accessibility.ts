/**
 * The accessibility statement (tillgänglighetsredogörelse, /tillganglighet) after DIGG's model,
 * and the footer's help and accessibility links that every page has. The Swedish is plain: short
 * sentences and short words (LIX ≤ 40). Decision 0034.
 */
export const sv = {
  "footer.help": "Kontakt och hjälp:",
  "footer.accessibility": "Tillgänglighet",

  "a11y.title": "Tillgänglighet för Samverka",
  "a11y.lead":
    "Malmö stad står bakom Samverka. Vi vill att alla ska kunna använda tjänsten. Här kan du läsa hur bra den fungerar för alla. Du kan läsa vad som inte fungerar än. Och du kan läsa hur du säger till om något är fel.",
  "a11y.howTitle": "Hur bra fungerar tjänsten för alla?",
  "a11y.how":
    "Det mesta fungerar för de flesta. Du kan använda tjänsten med bara tangentbord. Du kan använda en skärmläsare. Du kan göra texten dubbelt så stor. Men några delar fungerar inte helt. Du kan läsa om dem längre ner på sidan.",
  "a11y.helpTitle": "Om du inte kan använda en del av tjänsten",
  "a11y.help": "Mejla oss om du behöver hjälp. Skriv vad du vill göra. Vi hjälper dig på ett annat sätt, till exempel på telefon eller på ett möte. Vi svarar så snart vi kan.",
  "a11y.reportTitle": "Säg till om något inte fungerar",
  "a11y.report":
    "Vi vill hela tiden göra tjänsten bättre. Har du hittat något som är svårt att använda? Eller saknar du något? Mejla oss då. Skriv vilken sida det gäller och vad som hände.",
  "a11y.mail": "Mejla {email}",
  "a11y.mailSubject": "Tillgänglighet i Samverka",
  "a11y.supervisionTitle": "Tillsyn",
  "a11y.supervision":
    "Lagen om tillgänglighet till digital offentlig service säger hur tjänster som vår ska fungera. Myndigheten för digital förvaltning (Digg) ser till att lagen följs. Är du inte nöjd med vårt svar? Då kan du säga det till Digg.",
  "a11y.supervisionLink": "Anmäl till Digg (digg.se)",
  "a11y.statusTitle": "Hur väl följer tjänsten lagen?",
  "a11y.status":
    "Tjänsten följer lagen till en del. Det beror på de brister som står nedan. Lagen kräver att vi följer en standard som heter EN 301 549. Den bygger på riktlinjer som heter WCAG 2.1, nivå AA.",
  "a11y.gapsTitle": "Det här fungerar inte helt",
  "a11y.gap.pdf":
    "PDF-filer som tjänsten gör har inga taggar. Då kan en skärmläsare inte hitta rubriker och tabeller i dem. Det gäller till exempel tjänsteskrivelser, protokoll och rapporter. Det mesta av samma text finns som Word-fil eller på en sida i tjänsten. (WCAG 1.3.1)",
  "a11y.gap.mapImage": "Kartan i bakgrunden är en bild. En skärmläsare kan inte läsa namn på gator och platser i den. Gränser och färger på kartorna finns också i text och tabeller. (WCAG 1.1.1)",
  "a11y.gap.mapDraw":
    "När du söker stöd ska du visa var det gäller. Det är lättast att rita på kartan med mus eller finger. Du kan också rita med tangentbordet, skriva in punkter, välja hela stadsdelar i en lista eller ladda upp en fil. Vi har inte testat de sätten med användare än. (WCAG 2.1.1)",
  "a11y.gap.languages":
    "Tjänsten finns på flera språk. En del text är inte granskad av en människa än. Den kan vara svår att förstå. Saknas en text på ditt språk visar vi den på svenska. (WCAG 3.1.2)",
  "a11y.gap.users": "Vi har inte låtit personer med olika funktionsnedsättningar testa tjänsten än. Det vill vi göra.",
  "a11y.outOfScopeTitle": "Det här omfattas inte av lagen",
  "a11y.outOfScope": "Filer som andra laddar upp, till exempel bilagor till en ansökan, omfattas inte av lagen. Vi kan inte göra dem tillgängliga.",
  "a11y.testedTitle": "Så har vi testat tjänsten",
  "a11y.tested":
    "Vi har själva granskat tjänsten. Ett verktyg som heter axe testar varje sida mot WCAG 2.2, nivå A och AA. Det gör vi för alla roller, med och utan JavaScript. Vi har också kollat sådant som verktyget inte kan testa:",
  "a11y.tested.size": "att knappar och länkar är så stora att de är lätta att träffa,",
  "a11y.tested.focus": "att du alltid ser var du är när du använder tangentbordet,",
  "a11y.tested.signIn": "att du kan logga in utan att minnas eller räkna ut något, och att du kan klistra in ditt lösenord,",
  "a11y.tested.twice": "att du inte behöver skriva samma sak två gånger.",
  "a11y.testedDate": "Vi gjorde den senaste granskningen den {date}.",
  "a11y.updated": "Vi ändrade den här sidan senast den {date}.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "footer.help": "Contact and help:",
  "footer.accessibility": "Accessibility",

  "a11y.title": "Accessibility of Samverka",
  "a11y.lead":
    "The City of Malmö runs Samverka. We want everyone to be able to use the service. Here you can read how well it works for everyone, what does not work yet, and how to tell us when something is wrong.",
  "a11y.howTitle": "How accessible is the service?",
  "a11y.how":
    "Most of it works for most people. You can use the service with a keyboard only. You can use a screen reader. You can zoom the text to twice its size. But some parts do not fully work. You can read about them further down this page.",
  "a11y.helpTitle": "If you cannot use part of the service",
  "a11y.help": "E-mail us if you need help. Write what you want to do. We will help you in another way, for example by phone or at a meeting. We answer as soon as we can.",
  "a11y.reportTitle": "Tell us when something does not work",
  "a11y.report": "We keep improving the service. Have you found something that is hard to use? Or is something missing? Then e-mail us. Write which page it is and what happened.",
  "a11y.mail": "E-mail {email}",
  "a11y.mailSubject": "Accessibility of Samverka",
  "a11y.supervisionTitle": "Supervision",
  "a11y.supervision":
    "The Swedish Act on accessibility to digital public services (lagen om tillgänglighet till digital offentlig service) says how services like ours must work. The Agency for Digital Government (Digg) sees that the law is followed. If you are not happy with our answer, you can tell Digg.",
  "a11y.supervisionLink": "Report to Digg (digg.se, in Swedish)",
  "a11y.statusTitle": "How well does the service meet the law?",
  "a11y.status":
    "The service partially complies with the law, because of the shortcomings listed below. The law requires the standard EN 301 549, which builds on the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.",
  "a11y.gapsTitle": "What does not fully work",
  "a11y.gap.pdf":
    "The PDF files the service makes are not tagged, so a screen reader cannot find their headings and tables. This applies to officer's reports, minutes and reports, among others. Most of the same text is available as a Word file or as a page in the service. (WCAG 1.3.1)",
  "a11y.gap.mapImage": "The background map is an image. A screen reader cannot read the names of streets and places in it. The boundaries and colours on the maps are also given as text and tables. (WCAG 1.1.1)",
  "a11y.gap.mapDraw":
    "When you apply for support you show where it applies. Drawing on the map with a mouse or a finger is the easiest way. You can also draw with the keyboard, type in points, choose whole districts from a list or upload a file. We have not yet tested those ways with users. (WCAG 2.1.1)",
  "a11y.gap.languages":
    "The service is available in several languages. Some of the text has not yet been reviewed by a person, and may be hard to understand. When a text is missing in your language, we show it in Swedish. (WCAG 3.1.2)",
  "a11y.gap.users": "We have not yet had people with different disabilities test the service. We want to do that.",
  "a11y.outOfScopeTitle": "What the law does not cover",
  "a11y.outOfScope": "Files that others upload, such as attachments to an application, are not covered by the law. We cannot make them accessible.",
  "a11y.testedTitle": "How we tested the service",
  "a11y.tested":
    "We reviewed the service ourselves. A tool called axe tests every page against WCAG 2.2, level A and AA, for every role, with and without JavaScript. We also checked what the tool cannot test:",
  "a11y.tested.size": "that buttons and links are large enough to hit easily,",
  "a11y.tested.focus": "that you can always see where you are when you use the keyboard,",
  "a11y.tested.signIn": "that you can sign in without remembering or working anything out, and that you can paste your password,",
  "a11y.tested.twice": "that you do not need to type the same thing twice.",
  "a11y.testedDate": "We made the latest review on {date}.",
  "a11y.updated": "We last changed this page on {date}.",
};
