// The dashboard's words.
// `en` is the key list; `zh` must give every one of them (the compiler checks).
import type { Catalog } from "./catalog";

const en = {} as const;

const zh: Catalog<typeof en> = {};

export default { en, zh };
