// Typed clients of the services' APIs, through the gateway's /api/<service>/ (one origin).
// The types are generated from each service's OpenAPI document (src/api/<service>.d.ts).
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as CrmPaths } from "./crm";
import type { paths as FinancePaths } from "./finance";
import type { paths as InventoryPaths } from "./inventory";
import type { paths as PurchasingPaths } from "./purchasing";
import type { paths as SalesPaths } from "./sales";
import { currentSession } from "../session";

const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set("Authorization", `Bearer ${session.token}`);
    return request;
  },
};

function client<P extends {}>(service: string) {
  const c = createClient<P>({ baseUrl: `/api/${service}` });
  c.use(bearer);
  return c;
}

export const inventory = client<InventoryPaths>("inventory");
export const sales = client<SalesPaths>("sales");
export const purchasing = client<PurchasingPaths>("purchasing");
export const finance = client<FinancePaths>("finance");
export const crm = client<CrmPaths>("crm");
