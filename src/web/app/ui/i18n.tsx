import { useRouteLoaderData } from "react-router";
import { translator, type Locale, type Translate } from "#src/text/index.ts";
import type { RootData } from "../lib/root-data.ts";

export function useRoot(): RootData {
  const data = useRouteLoaderData("root") as RootData | undefined;
  return data ?? { locale: "sv", actor: null, csrfToken: "", demo: false, flash: null, mapTiles: null, nav: [] };
}

export function useLocale(): Locale {
  return useRoot().locale;
}

export function useT(): Translate {
  return translator(useLocale());
}
