// Problem details (RFC 9457) as the services answer them, and their messages per form field.

/** An RFC 9457 problem as the services answer it; `errors` names the fields at fault. */
export interface Problem {
  title?: string;
  status?: number;
  detail?: string;
  fields?: string[];
  errors?: { field: string; message: string }[];
}

/** Field name -> messages, for a form: validation errors per field, and a domain refusal's
 * detail on each field it names. */
export function fieldErrors(problem: Problem | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!problem) return out;
  for (const e of problem.errors ?? []) (out[e.field] ??= []).push(e.message);
  if (!problem.errors && problem.detail)
    for (const f of problem.fields ?? []) (out[f] ??= []).push(problem.detail);
  return out;
}
