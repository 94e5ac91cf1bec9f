// The chart of accounts and the cost centres, for pickers (GET /accounts every page, GET
// /cost-centres); reload() after a change.
import { useCallback, useEffect, useState } from "react";
import { finance } from "../../api/client";

export interface AccountRow {
  code: string;
  name: string;
  account_type: string;
  parent: string | null;
  active: boolean;
}

export interface CostCentreRow {
  code: string;
  name: string;
  kind: string;
  active: boolean;
}

export function useChart() {
  const [accounts, setAccounts] = useState<AccountRow[]>([]);
  const [centres, setCentres] = useState<CostCentreRow[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const all: AccountRow[] = [];
      let after: string | null = null;
      for (;;) {
        const { data } = await finance.GET("/accounts", { params: { query: { after, limit: 500 } } });
        const page = data as { items: AccountRow[]; next: string | null } | undefined;
        if (!page) break;
        all.push(...page.items);
        if (!page.next) break;
        after = page.next;
      }
      const { data: cc } = await finance.GET("/cost-centres", {});
      if (!live) return;
      setAccounts(all);
      setCentres((cc as CostCentreRow[] | undefined) ?? []);
    })();
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { accounts, centres, reload };
}
