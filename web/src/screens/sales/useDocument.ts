// One document of an API (an order, a quotation, a shipment): loaded, and loaded again on
// `reload()` (after a command on it).
import { useCallback, useEffect, useState } from "react";
import type { Problem } from "../../api/problems";

export function useDocument<D>(load: () => Promise<{ data?: unknown; error?: unknown }>, deps: unknown[]) {
  const [doc, setDoc] = useState<D | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState(0);
  const reload = useCallback(() => setToken((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void load().then(({ data, error: problem }) => {
      if (!live) return;
      const p = problem as Problem | undefined;
      setError(p ? (p.detail ?? p.title ?? "error") : null);
      setDoc((data as D | undefined) ?? null);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, token]);
  return { doc, error, reload, token };
}
