// Where the user is: the hash route `#/<screen>?<params>`, so every screen (and a drill-down to
// one document) has a link that survives a reload.
import { useEffect, useState } from "react";

export interface Route {
  screen: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  return { screen: decodeURIComponent(path), params: new URLSearchParams(query) };
}

export function href(screen: string, params?: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const query = q.toString();
  return `#/${encodeURIComponent(screen)}${query ? `?${query}` : ""}`;
}

export function navigate(screen: string, params?: Record<string, string | number | null | undefined>): void {
  window.location.hash = href(screen, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return route;
}
