import type { ScreenDef } from "./screen";

export const CRM: ScreenDef[] = [];
