import type { ScreenDef } from "./screen";

export const PURCHASING: ScreenDef[] = [];
