import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

// The one set of form fields, GOV.UK style: label, optional hint, the error message at the field
// (with a hidden "Fout:"/"Error:" for screen readers), and the value the user typed kept.

interface BaseProps {
  id: string;
  label: string;
  hint?: string;
  /** already translated */
  error?: string;
}

/** The ids of a field's hint and error, for aria-describedby (undefined when there are none). */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The hint and the error message under a label or legend, with the ids aria-describedby points to. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("errors.prefix")}</span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function FieldShell({ id, label, hint, error, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    name?: string;
    defaultValue?: string | number | null;
    type?: "text" | "email" | "password" | "url" | "tel" | "number" | "date" | "time" | "search";
    maxLength?: number;
    autoComplete?: string;
    inputMode?: "numeric" | "email" | "url" | "tel" | "text";
    spellCheck?: boolean;
    className?: string;
  },
) {
  const {
    id,
    name,
    defaultValue,
    type = "text",
    autoComplete,
    inputMode,
    spellCheck,
    hint,
    error,
    className,
    maxLength,
  } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={name ?? id}
        type={type}
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        className={className}
        maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldShell>
  );
}

export function TextArea(
  props: BaseProps & {
    name?: string;
    defaultValue?: string | null;
    rows?: number;
    maxLength?: number;
    autoComplete?: string;
  },
) {
  const { id, name, defaultValue, rows = 4, hint, error, maxLength, autoComplete } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={name ?? id}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldShell>
  );
}

/** A select with its options given as `options` or as <option> children. */
export function SelectField(
  props: BaseProps & {
    name?: string;
    defaultValue?: string | null;
    options?: { value: string; label: string }[];
    children?: ReactNode;
  },
) {
  const { id, name, defaultValue, options = [], children, hint, error } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={name ?? id}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {children ??
          options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
      </select>
    </FieldShell>
  );
}
