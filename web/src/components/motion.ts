// Motion follows the user's system setting: with "reduce motion" (prefers-reduced-motion) the
// back office opens modals, drawers and menus without their zoom and slide animations. The
// browser tests ask for it too: a modal's OK button moves while it zooms in, and a click under
// load could press it at one place and release it at another, which clicks nothing.
import type { ThemeConfig } from "antd";
import { useEffect, useState } from "react";

export const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

function query(): MediaQueryList | undefined {
  return typeof window === "undefined" ? undefined : window.matchMedia?.(REDUCED_MOTION);
}

/** Whether the user asked for reduced motion, following changes of the setting. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => query()?.matches === true);
  useEffect(() => {
    const q = query();
    if (!q) return;
    const follow = () => setReduced(q.matches);
    follow();
    q.addEventListener("change", follow);
    return () => q.removeEventListener("change", follow);
  }, []);
  return reduced;
}

const STILL: ThemeConfig = { token: { motion: false } };
const MOVING: ThemeConfig = { token: { motion: true } };

/** The theme for ConfigProvider: Ant Design's motion off when reduced motion is asked for. */
export function motionTheme(reduced: boolean): ThemeConfig {
  return reduced ? STILL : MOVING;
}
