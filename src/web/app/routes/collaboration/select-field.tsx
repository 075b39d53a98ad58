import type { MessageKey } from "#src/text/index.ts";
import { useFieldId } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** A select with its label, hint and error associated on the server (it works without JavaScript). */
export function SelectField(props: { name: string; label: string; hint?: string; error?: MessageKey | undefined; value: string; options: Array<{ value: string; label: string }> }) {
  const t = useT();
  const id = useFieldId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="ds-field sv-field">
      <label className="ds-label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} className="ds-paragraph sv-hint" data-size="sm">
          {props.hint}
        </div>
      )}
      {props.error && (
        <div id={`${id}-error`} className="ds-validation-message" data-color="danger">
          {t(props.error)}
        </div>
      )}
      <select className="ds-input" id={id} name={props.name} defaultValue={props.value} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
