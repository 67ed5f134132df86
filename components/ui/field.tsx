import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled form fields with their hint and error messages next to them, wired for screen
// readers (aria-describedby, aria-invalid). Every desk and account form uses these.

interface FieldFrame {
  /** The field's `name`; also its id unless `id` is given. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Messages from validation (lib/forms/form-state.ts), shown under the field. */
  errors?: string[];
  id?: string;
}

function Frame({ name, label, hint, errors, id, children }: FieldFrame & { children: (aria: Record<string, unknown>) => ReactNode }) {
  const fieldId = id ?? name;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ id: fieldId, name, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && (
        <p id={errorId} className="text-sm font-semibold text-red-800">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

const control = "w-full rounded border border-neutral-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({ name, label, hint, errors, id, className = "", ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame name={name} label={label} hint={hint} errors={errors} id={id}>
      {(aria) => <input {...aria} {...input} className={`${control} ${className}`} />}
    </Frame>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id,
  className = "",
  ...area
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame name={name} label={label} hint={hint} errors={errors} id={id}>
      {(aria) => <textarea {...aria} {...area} className={`${control} ${className}`} />}
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id,
  options,
  className = "",
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }> }) {
  return (
    <Frame name={name} label={label} hint={hint} errors={errors} id={id}>
      {(aria) => (
        <select {...aria} {...select} className={`${control} ${className}`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}
