/** Filling in a catalogue entry: `{name}` is replaced by `vars.name`; a name not given stays as written. */
export type Vars = Readonly<Record<string, string | number | undefined>>;

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator over one catalogue (one language's entries). */
export function catalogueTranslator<K extends string>(catalogue: Readonly<Record<K, string>>): (key: K, vars?: Vars) => string {
  return (key, vars) => interpolate(catalogue[key], vars);
}
