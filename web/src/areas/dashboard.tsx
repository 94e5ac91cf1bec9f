import type { ScreenDef } from "./screen";

export const DASHBOARD: ScreenDef[] = [];
