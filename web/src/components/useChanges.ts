// Live updates: a service's server-sent events (GET /api/<service>/changes) name the read
// models (projections) that committed changes; a screen refetches when one it shows changed,
// debounced so that a burst is one refetch. EventSource cannot send headers: the token goes
// as `access_token`, which only that route accepts.
import { useEffect, useRef, useState } from "react";
import { currentSession } from "../session";

/** Whether the names of a change event concern the wanted projections ("stock-keeper" matches
 * the namespaced consumer name "<ns>.inventory.stock-keeper"; "*" is: anything may have). */
export function concerns(names: readonly string[], wanted: readonly string[]): boolean {
  return names.some((n) => n === "*" || wanted.some((w) => n === w || n.endsWith(`.${w}`)));
}

export function changesUrl(service: string, token: string): string {
  return `/api/${service}/changes?access_token=${encodeURIComponent(token)}`;
}

/** Calls `onChange` (debounced by `delayMs`) when one of `projections` of `service` changed,
 * and once after a reconnect (what changed meanwhile is unknown). Returns whether the stream
 * is live (the server listens). */
export function useChanges(service: string, projections: readonly string[], onChange: () => void, delayMs = 300): boolean {
  const callback = useRef(onChange);
  callback.current = onChange;
  const [live, setLive] = useState(false);
  const wanted = projections.join(",");

  useEffect(() => {
    const session = currentSession();
    if (!session || typeof EventSource === "undefined") return;
    const source = new EventSource(changesUrl(service, session.token));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lost = false;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), delayMs);
    };
    source.addEventListener("ready", () => {
      setLive(true);
      if (lost) later();
      lost = false;
    });
    source.addEventListener("change", (e) => {
      const names = (JSON.parse((e as MessageEvent<string>).data) as { projections?: string[] }).projections ?? [];
      if (concerns(names, wanted.split(","))) later();
    });
    source.onerror = () => {
      lost = true;
      setLive(false);
    };
    return () => {
      clearTimeout(timer);
      source.close();
      setLive(false);
    };
  }, [service, wanted, delayMs]);

  return live;
}
