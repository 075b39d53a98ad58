import { AGE_BANDS, AREA_RELATIONS, SEXES } from "#src/domain/dialogue/vocabulary.ts";
import type { MessageKey } from "#src/text/index.ts";
import { CheckboxGroup, Radios } from "#src/web/app/ui/choices.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/**
 * The optional questions of a viewpoint (age band, sex, relation to the area), the same on the
 * public page (asked of "you") and in the group's entry form (about "the person"). "Vill inte
 * svara" is the first choice and sends nothing: no answer is stored.
 */
export function ViewpointAboutFields(props: { person: "self" | "other"; values: Record<string, string>; relations: readonly string[]; errors?: Partial<Record<string, MessageKey>> | undefined }) {
  const t = useT();
  const self = props.person === "self";
  const error = (name: string) => (props.errors?.[name] ? t(props.errors[name]!) : undefined);
  return (
    <>
      <Radios
        name="ageBand"
        legend={t(self ? "vp.age.legend" : "vp.age.legendOther")}
        options={[{ value: "", label: t("vp.noAnswer") }, ...AGE_BANDS.map((a) => ({ value: a, label: t(`vp.age.${a}`) }))]}
        value={props.values.ageBand ?? ""}
        error={error("ageBand")}
      />
      <Radios
        name="sex"
        legend={t(self ? "vp.sex.legend" : "vp.sex.legendOther")}
        options={[{ value: "", label: t("vp.noAnswer") }, ...SEXES.map((s) => ({ value: s, label: t(`vp.sex.${s}`) }))]}
        value={props.values.sex ?? ""}
        error={error("sex")}
      />
      <CheckboxGroup
        name="relations"
        legend={t(self ? "vp.relation.legend" : "vp.relation.legendOther")}
        hint={t("vp.relation.hint")}
        options={AREA_RELATIONS.map((r) => ({ value: r, label: t(`vp.relation.${r}`) }))}
        checked={props.relations}
        error={error("relations")}
      />
    </>
  );
}
