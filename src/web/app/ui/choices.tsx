/**
 * Groups of radio buttons and checkboxes, rendered on the server with the fieldset, legend, hint
 * and error associations in the HTML (they work with JavaScript off). The first control carries
 * the field's id, so an error summary link `#field-name` moves focus into the group. When the
 * group has an error every control in it is marked invalid and points to the message too.
 */
import { useFieldId } from "./form.tsx";

interface Option {
  value: string;
  label: string;
  /** A line under the label. */
  hint?: string;
}

function Group(props: { type: "radio" | "checkbox"; name: string; legend: string; hint?: string | undefined; options: Option[]; isChecked: (value: string) => boolean; error?: string | undefined }) {
  const id = useFieldId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="ds-fieldset sv-field" aria-describedby={describedBy}>
      <legend className="ds-label">{props.legend}</legend>
      {props.hint && (
        <div id={`${id}-hint`} className="ds-paragraph sv-hint" data-size="sm">
          {props.hint}
        </div>
      )}
      {props.error && (
        <div id={`${id}-error`} className="ds-validation-message" data-color="danger">
          {props.error}
        </div>
      )}
      <div className="sv-checks">
        {props.options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div className="sv-check" key={o.value}>
              <input className="ds-input" type={props.type} id={optionId} name={props.name} value={o.value} defaultChecked={props.isChecked(o.value)} aria-invalid={props.error ? true : undefined} aria-describedby={[props.error ? `${id}-error` : null, o.hint ? `${optionId}-hint` : null].filter(Boolean).join(" ") || undefined} />
              <div>
                <label className="ds-label" data-weight="regular" htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint && (
                  <div id={`${optionId}-hint`} className="ds-paragraph sv-hint" data-size="sm">
                    {o.hint}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup(props: { name: string; legend: string; hint?: string | undefined; options: Option[]; checked: readonly string[]; error?: string | undefined }) {
  return <Group type="checkbox" name={props.name} legend={props.legend} hint={props.hint} options={props.options} isChecked={(v) => props.checked.includes(v)} error={props.error} />;
}

export function Radios(props: { name: string; legend: string; hint?: string | undefined; options: Option[]; value: string | undefined; error?: string | undefined }) {
  return <Group type="radio" name={props.name} legend={props.legend} hint={props.hint} options={props.options} isChecked={(v) => props.value === v} error={props.error} />;
}

/** One checkbox with its own label (a yes/no setting). */
export function Checkbox(props: { name: string; label: string; hint?: string | undefined; checked: boolean; value?: string }) {
  const id = useFieldId(props.name);
  return (
    <div className="sv-check">
      <input className="ds-input" type="checkbox" id={id} name={props.name} value={props.value ?? "1"} defaultChecked={props.checked} aria-describedby={props.hint ? `${id}-hint` : undefined} />
      <div>
        <label className="ds-label" data-weight="regular" htmlFor={id}>
          {props.label}
        </label>
        {props.hint && (
          <div id={`${id}-hint`} className="ds-paragraph sv-hint" data-size="sm">
            {props.hint}
          </div>
        )}
      </div>
    </div>
  );
}
