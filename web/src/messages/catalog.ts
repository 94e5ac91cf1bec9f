/** A language's texts for the keys of an English catalogue: every key, strings only. */
export type Catalog<En> = { [K in keyof En]: string };
