/**
 * What the area index's forms and pages' addresses send: a configuration version (its JSON
 * text is read by the domain's `validateIndexConfig`, whose problems come back by path), an
 * import's fields beside its file, the year asked for, and the sensitivity analysis's options.
 * The messages are keys of the message catalogues.
 */
import { z } from "zod";
import { NORMALISATION_METHODS, type NormalisationMethod } from "#src/domain/area-index/config.ts";
import { anyText, checkbox, intents, optionalString, strings } from "../shared/schema.ts";

/** A new configuration version: its name (the configuration's own when blank), its JSON text, and whether to make it the active one. */
export const configurationSchema = z.object({
  name: anyText("index.config.error.name").transform((v) => v.trim()),
  text: anyText("index.config.error.json"),
  activate: checkbox(),
});

/** The configuration page: save a new version, or make a saved one the active one. */
export const configurationActionSchema = intents("create", [z.object({ intent: z.literal("create"), ...configurationSchema.shape }), z.object({ intent: z.literal("activate"), id: anyText() })]);

/** An import's fields beside its file: a JSON-stat mapping (JSON text, optional) and who publishes the figures (the file's name when blank). */
export const valuesImportSchema = z.object({
  mapping: optionalString("index.import.error.mapping"),
  source: optionalString(),
});

/** A parameter given once, or the first of several. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A year asked for in the address (four digits); anything else is no year: each indicator's latest. */
const year = z
  .unknown()
  .optional()
  .transform((v) => {
    const text = first(v);
    return typeof text === "string" && /^\d{4}$/.test(text) ? Number(text) : undefined;
  });

/** The pages' addresses: the year asked for. */
export const yearQuerySchema = z.object({ year });

/** A whole number within bounds; blank or missing is the default. */
function wholeNumber(min: number, max: number, fallback: number, message: string) {
  return z
    .unknown()
    .optional()
    .transform((v, ctx) => {
      const given = first(v);
      const text = typeof given === "string" ? given.trim() : "";
      if (text === "") return fallback;
      const n = Number(text);
      if (/^\d+$/.test(text) && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

export const SENSITIVITY_DEFAULTS = { draws: 1000, jitter: 25, seed: 1 } as const;
export const MAX_DRAWS = 20_000;

/** The sensitivity analysis's options (a GET form): the year, how many draws, how much the weights vary (per cent), the seed, and the methods to draw among (known ones only). */
export const sensitivityQuerySchema = z.object({
  year,
  draws: wholeNumber(10, MAX_DRAWS, SENSITIVITY_DEFAULTS.draws, "index.sens.error.draws"),
  jitter: wholeNumber(0, 90, SENSITIVITY_DEFAULTS.jitter, "index.sens.error.jitter"),
  seed: wholeNumber(0, 2_147_483_647, SENSITIVITY_DEFAULTS.seed, "index.sens.error.seed"),
  methods: strings("index.sens.error.methods").transform((methods) => methods.filter((m): m is NormalisationMethod => (NORMALISATION_METHODS as readonly string[]).includes(m))),
});
