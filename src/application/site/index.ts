/**
 * The site's own pages that gather several features for a person (today the signed-in start page).
 * The feature's public face: the web layer and the composition root import from here only.
 */
export { StartPage, type StartPageSources, type StartPageView } from "./start-page.ts";
