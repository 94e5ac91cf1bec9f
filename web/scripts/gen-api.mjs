// web/openapi/<service>.json -> web/src/api/<service>.d.ts (openapi-typescript).
import fs from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const services = ["purchasing", "sales", "inventory", "finance", "crm"];
for (const svc of services) {
  const doc = JSON.parse(fs.readFileSync(new URL(`../openapi/${svc}.json`, import.meta.url)));
  const ast = await openapiTS(doc);
  const header = `// Generated from web/openapi/${svc}.json by scripts/gen-api.mjs. Do not edit.\n`;
  fs.writeFileSync(new URL(`../src/api/${svc}.d.ts`, import.meta.url), header + astToString(ast));
}
