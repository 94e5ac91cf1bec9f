// Loading a statement (a finance GET) for the chosen periods; the error as the API says it.
import { useEffect, useState } from "react";
import type { Problem } from "../../api/problems";

export function useStatement<T>(load: () => Promise<{ data?: unknown; error?: unknown }>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then(({ data: d, error: e }) => {
      if (!live) return;
      setError(e ? ((e as Problem).detail ?? (e as Problem).title ?? "error") : null);
      setData(e ? null : (d as T));
    });
    return () => {
      live = false;
    };
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  return { data, error };
}
