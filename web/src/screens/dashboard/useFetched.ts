// A card's data: fetched once and again on `reload()`; the API's problem kept as text.
import { useCallback, useEffect, useState } from "react";
import type { Problem } from "../../api/problems";

export function useFetched<T>(fetch: () => Promise<{ data?: T; error?: unknown }>) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void fetch().then(({ data: d, error: e }) => {
      if (!live) return;
      setData(d);
      setError(e ? ((e as Problem).detail ?? (e as Problem).title ?? "error") : null);
    });
    return () => {
      live = false;
    };
  }, [tick]);
  return { data, error, reload };
}
