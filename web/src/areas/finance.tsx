import type { ScreenDef } from "./screen";

export const FINANCE: ScreenDef[] = [];
