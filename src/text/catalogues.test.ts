import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_GROUPS } from "./catalogues.ts";
import { LOCALES, translator, type MessageKey } from "./index.ts";

type Module = Readonly<Record<string, unknown>>;
const modules: Array<[string, Module]> = Object.entries(CATALOGUE_GROUPS).flatMap(([group, mods]) => Object.entries(mods as Record<string, Module>).map(([name, mod]): [string, Module] => [`${group}/${name}`, mod]));
const entries = (mod: Module, locale: string): Record<string, string> => (mod[locale] ?? {}) as Record<string, string>;
const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the message catalogues (src/text)", () => {
  it.each(modules)("%s: every key in every language, no entry empty, the same blanks in each language", (_name, mod) => {
    const keys = Object.keys(entries(mod, "sv")).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const text = entries(mod, locale);
      expect(Object.keys(text).sort(), `keys in ${locale}`).toEqual(keys);
      for (const key of keys) {
        expect(typeof text[key] === "string" && text[key].trim() !== "", `${key} in ${locale} is empty`).toBe(true);
        expect(blanks(text[key]!), `${key} in ${locale}: the blanks {…} differ from the Swedish entry`).toEqual(blanks(entries(mod, "sv")[key]!));
      }
    }
  });

  it("a key has one home: no key in two modules", () => {
    const home = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, mod] of modules)
      for (const key of Object.keys(entries(mod, "sv"))) {
        if (home.has(key)) twice.push(`${key} (${home.get(key)} and ${name})`);
        home.set(key, name);
      }
    expect(twice).toEqual([]);
  });

  it("the pages' translator has every page module's entries, as written there", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const mod of Object.values(CATALOGUE_GROUPS.pages) as Module[]) for (const [key, text] of Object.entries(entries(mod, locale))) expect(t(key as MessageKey)).toBe(text);
    }
  });

  it("every catalogue module in src/text is registered in catalogues.ts", async () => {
    const dir = import.meta.dirname;
    const registered = new Set(modules.map(([, mod]) => mod.sv));
    const unregistered: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      if (!/^export const sv\b/m.test(readFileSync(join(dir, file), "utf8"))) continue;
      const mod = (await import(join(dir, file))) as Module;
      if (!registered.has(mod.sv)) unregistered.push(file);
    }
    expect(unregistered).toEqual([]);
  });
});
