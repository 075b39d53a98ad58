/**
 * What the themes page's forms send (issue 11). The messages are keys of the message catalogues
 * (src/text/themes.ts).
 */
import { z } from "zod";
import { FORM_ERROR, list, optionalText, text, uuid } from "../shared/schema.ts";

const themeName = () => text(120, "themes.error.nameTooLong", "themes.error.nameEmpty");

/** Accept or reject a theme (a button per theme). */
export const themeDecisionSchema = z.object({
  themeId: uuid(FORM_ERROR),
  decision: z.enum(["godkant", "avvisat"], { error: FORM_ERROR }),
});
export type ThemeDecisionInput = z.input<typeof themeDecisionSchema>;

export const themeRenameSchema = z.object({
  themeId: uuid("themes.error.chooseTheme"),
  name: themeName(),
});
export type ThemeRenameInput = z.input<typeof themeRenameSchema>;

/** Two or more themes into one: the first chosen keeps its place, with the name given (or its own). */
export const themeMergeSchema = z.object({
  themeIds: list(uuid("themes.error.mergeTwo")).refine((ids) => new Set(ids).size >= 2, "themes.error.mergeTwo"),
  name: optionalText(120, "themes.error.nameTooLong"),
});
export type ThemeMergeInput = z.input<typeof themeMergeSchema>;

/** A theme added by hand, once per submission key. */
export const themeAddSchema = z.object({
  name: themeName(),
  submissionKey: uuid(FORM_ERROR),
});
export type ThemeAddInput = z.input<typeof themeAddSchema>;

/** Tag or untag a viewpoint by hand. */
export const viewpointTagSchema = z.object({
  viewpointId: uuid(FORM_ERROR),
  themeId: uuid("themes.error.chooseTheme"),
});
export type ViewpointTagInput = z.input<typeof viewpointTagSchema>;
