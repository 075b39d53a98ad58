import type { Role } from "#src/domain/roles.ts";
import type { Locale } from "#src/text/index.ts";
import type { MapTiles } from "#src/adapters/config/map-tiles.ts";
import type { VisibleNav } from "./nav.ts";
import type { LanguageLink, PageLanguage } from "./page-language.ts";

/** What the root loader gives every page: language, who is signed in, the CSRF token. */
export interface RootData {
  locale: Locale;
  actor: { name: string; role: Role; organisationName: string } | null;
  csrfToken: string;
  demo: boolean;
  flash: null;
  /** The base map for the maps (null: none configured). */
  mapTiles: MapTiles | null;
  /** The main menu this person sees (empty when signed out). */
  nav: VisibleNav;
  /** The language asked for with `?sprak=` (heeded by the resident pages only), and the languages offered. */
  page: PageLanguage | null;
  languages: LanguageLink[];
}
