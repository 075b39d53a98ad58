/**
 * Form building blocks rendered on the server with every association in the HTML:
 * label `for`, `aria-describedby` for hint and error, `aria-invalid`. They work with
 * JavaScript off; Designsystemet's classes give them the look.
 */
import { createContext, useContext, useEffect, useRef, type ReactNode, type RefObject } from "react";
import { Form } from "react-router";
import type { FieldErrors } from "../lib/forms.ts";
import type { MessageKey } from "#src/text/index.ts";
import { useRoot, useT } from "./i18n.tsx";

export function CsrfInput() {
  return <input type="hidden" name="_csrf" value={useRoot().csrfToken} />;
}

/**
 * Where a page has two forms with a field of the same name, the second form's fields get ids of
 * their own (`<prefix>-field-<name>`), so its error summary links to its own field.
 */
const FieldIdPrefix = createContext("");

/** The id of the control for the field `name` in the form being rendered. */
export function useFieldId(name: string): string {
  const prefix = useContext(FieldIdPrefix);
  return `${prefix ? `${prefix}-` : ""}field-${name}`;
}

/** A POST form with the CSRF token; `reloadDocument` keeps it a plain HTML form where asked. */
export function PostForm(props: { action?: string; children: ReactNode; className?: string; reloadDocument?: boolean; encType?: "multipart/form-data"; "aria-label"?: string; idPrefix?: string }) {
  return (
    <Form method="post" action={props.action} className={props.className} reloadDocument={props.reloadDocument} encType={props.encType} noValidate aria-label={props["aria-label"]}>
      <CsrfInput />
      <FieldIdPrefix.Provider value={props.idPrefix ?? ""}>{props.children}</FieldIdPrefix.Provider>
    </Form>
  );
}

/**
 * Moves focus to `ref` each time `shown` changes to a new value (a new failure): after a submit
 * handled by JavaScript the page is not reloaded, so the autofocus attribute does not apply again.
 */
export function useFocusWhenShown(ref: RefObject<HTMLElement | null>, shown: unknown): void {
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [ref, shown]);
}

/**
 * The error summary comes first in the form. It is focused after a failed submit (by the
 * autofocus attribute, which also works without JavaScript) so screen readers announce it.
 */
export function ErrorSummary({ errors, labels, labelTexts, vars }: { errors: FieldErrors | undefined; labels?: Record<string, MessageKey>; labelTexts?: Record<string, string>; vars?: Record<string, Record<string, string>> }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = !!errors && Object.keys(errors).length > 0;
  useFocusWhenShown(ref, hasErrors ? errors : undefined);
  const prefix = useContext(FieldIdPrefix);
  if (!hasErrors) return null;
  return (
    <div ref={ref} className="ds-error-summary" data-color="danger" tabIndex={-1} autoFocus role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="ds-heading" data-size="xs">
        {t("common.errorSummaryTitle")}
      </h2>
      <ul className="ds-list">
        {Object.entries(errors).map(([field, message]) => (
          <li key={field}>
            <a href={`#${field === "form" ? "main" : `${prefix ? `${prefix}-` : ""}field-${field}`}`} className="ds-link">
              {labels?.[field] && field !== "form" ? `${t(labels[field])}: ` : labelTexts?.[field] && field !== "form" ? `${labelTexts[field]}: ` : ""}
              {t(message, vars?.[field])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "date" | "tel" | "url";
  defaultValue?: string | undefined;
  error?: MessageKey | undefined;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "decimal" | "email" | "text";
  /** The id of a <datalist> with suggestions. */
  list?: string;
  /** Values for the error message's placeholders. */
  errorVars?: Record<string, string | number> | undefined;
}

/**
 * Label, hint and error for one control, with the ids the control must point to. Rendered on
 * the server, so the associations hold without JavaScript.
 */
function FieldFrame(props: { name: string; label: string; hint?: string | undefined; error?: MessageKey | undefined; errorVars?: Record<string, string | number> | undefined; children: (a11y: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode }) {
  const t = useT();
  const id = useFieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="ds-field sv-field">
      <label htmlFor={id} className="ds-label">
        {props.label}
      </label>
      {props.hint && (
        <div id={hintId} className="ds-paragraph sv-hint" data-size="sm">
          {props.hint}
        </div>
      )}
      {props.error && (
        <div id={errorId} className="ds-validation-message" data-color="danger">
          {t(props.error, props.errorVars)}
        </div>
      )}
      {props.children({ id, "aria-invalid": props.error ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

export function TextField(props: FieldProps) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error} errorVars={props.errorVars}>
      {(a11y) => (
        <input
          {...a11y}
          name={props.name}
          type={props.type ?? "text"}
          className="ds-input"
          defaultValue={props.defaultValue}
          autoComplete={props.autoComplete}
          required={props.required}
          inputMode={props.inputMode}
          list={props.list}
        />
      )}
    </FieldFrame>
  );
}

/** A multi-line text field, with the same server-rendered associations as TextField. */
export function Textarea(props: { name: string; label: string; defaultValue?: string | undefined; error?: MessageKey | undefined; errorVars?: Record<string, string | number> | undefined; hint?: string; rows?: number; required?: boolean; maxLength?: number }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error} errorVars={props.errorVars}>
      {(a11y) => <textarea {...a11y} name={props.name} className="ds-input" rows={props.rows ?? 5} defaultValue={props.defaultValue} required={props.required} maxLength={props.maxLength} />}
    </FieldFrame>
  );
}

/** A choice from a list, with the same server-rendered associations as TextField. */
export function SelectField(props: { name: string; label: string; hint?: string | undefined; error?: MessageKey | undefined; defaultValue?: string | undefined; options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {(a11y) => (
        <select {...a11y} name={props.name} className="ds-input" defaultValue={props.defaultValue}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A file upload with the same server-rendered associations; the server reads the file's real type. */
export function FileField(props: { name: string; label: string; hint?: string | undefined; error?: MessageKey | undefined; errorVars?: Record<string, string | number> | undefined; accept: string }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error} errorVars={props.errorVars}>
      {(a11y) => <input {...a11y} name={props.name} type="file" className="ds-input" accept={props.accept} />}
    </FieldFrame>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: ReactNode; variant?: "primary" | "secondary" | "tertiary" }) {
  return (
    <button type="submit" className="ds-button" data-variant={variant}>
      {children}
    </button>
  );
}

export function Notice({ children, color = "info" }: { children: ReactNode; color?: "info" | "success" | "warning" | "danger" }) {
  return (
    <div className="ds-alert" data-color={color} role={color === "danger" ? "alert" : "status"}>
      {children}
    </div>
  );
}
