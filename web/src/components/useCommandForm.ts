// A command form: the form checks nothing itself; the API judges, and its validation messages
// (422) and refusals (409) are shown at the fields they name, or above the button when the
// form has no such field.
import { Form, type FormInstance } from "antd";
import { useRef, useState } from "react";
import { fieldErrors, type Problem } from "../api/problems";

/** "lines.0.quantity" (as the API names a field) -> ["lines", 0, "quantity"] (a form path). */
export function formPath(field: string): (string | number)[] {
  return field
    .replace(/^body\./, "")
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface CommandForm {
  // untyped: the field paths come from the API's answers
  form: FormInstance;
  /** A message for no field of the form (or a refusal naming none), shown above the button. */
  general: string | null;
  /** Calls the API; on a problem, shows its messages and returns undefined. */
  run<D>(call: () => Promise<{ data?: D; error?: unknown }>): Promise<D | undefined>;
}

export function useCommandForm(): CommandForm {
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string | null>(null);
  const shown = useRef<(string | number)[][]>([]);

  const run = async <D>(call: () => Promise<{ data?: D; error?: unknown }>) => {
    setGeneral(null);
    form.setFields(shown.current.map((name) => ({ name, errors: [] })));
    shown.current = [];
    const { data, error } = await call();
    if (error === undefined) return data;
    const problem = error as Problem;
    const fields = Object.entries(fieldErrors(problem)).filter(([f]) => f !== "body");
    const onForm = fields.filter(([f]) => form.getFieldInstance(formPath(f)) !== undefined);
    form.setFields(onForm.map(([f, errors]) => ({ name: formPath(f), errors })));
    shown.current = onForm.map(([f]) => formPath(f));
    if (onForm.length < fields.length || !fields.length) {
      const rest = fields.filter((f) => !onForm.includes(f)).flatMap(([f, e]) => e.map((m) => `${f}: ${m}`));
      setGeneral(rest.length ? rest.join("; ") : (problem.detail ?? problem.title ?? "error"));
    }
    return undefined;
  };

  return { form, general, run };
}
