import { Card, Space, Table } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { finance } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { currentSession } from "../../session";
import { CashTransferButton } from "./CashTransferButton";
import { ExchangeRateButton } from "./ExchangeRateButton";
import { ClosePeriodButton, OpenFiscalYearButton, ReopenPeriodButton, RevalueButton } from "./PeriodButtons";
import { periodActions } from "./periodForms";
import { DefineAccountButton, DefineCostCentreButton } from "./SetupButtons";

interface ClosedRow {
  period: string;
  closed_by: string;
  closed_at: string;
}
interface YearRow {
  year: number;
  first_period: string;
  last_period: string;
}
interface RateRow {
  currency: string;
  on: string;
  rate: string;
  source: string | null;
}
interface Position {
  accounts: { account: string; balance: string }[];
  total: string;
}

function plain<T>(call: () => Promise<{ data?: unknown; error?: unknown }>): FetchPage<T> {
  return async () => {
    const { data, error } = await call();
    return { data: data ? { rows: data as T[], next: null } : undefined, error };
  };
}

/** Period end and cash: the closed periods (reopen), the fiscal years, the exchange rates and
 * the cash position, with the commands that change them, each shown to who may use it. */
export function PeriodsScreen() {
  const t = useT();
  const may = periodActions(currentSession()?.roles ?? []);
  const [reload, setReload] = useState(0);
  const [waitFor, setWaitFor] = useState<string | null>(null);
  const [position, setPosition] = useState<Position | null>(null);
  const reloaded = useCallback((data?: unknown) => {
    setWaitFor((data as { event_ids?: string[] } | undefined)?.event_ids?.[0] ?? null);
    setReload((r) => r + 1);
  }, []);
  useEffect(() => {
    void finance.GET("/cash/position", { params: { query: { wait_for_event: waitFor } } }).then(({ data }) => {
      if (data) setPosition(data as unknown as Position);
    });
  }, [reload, waitFor]);
  const cashAccounts = useMemo(() => (position?.accounts ?? []).map((a) => ({ value: a.account, label: a.account })), [position]);
  const closed = useMemo(() => plain<ClosedRow>(() => finance.GET("/periods/closed", {})), []);
  const years = useMemo(() => plain<YearRow>(() => finance.GET("/fiscal-years", {})), []);
  const rates = useMemo(() => plain<RateRow>(() => finance.GET("/exchange-rates", { params: { query: { limit: 1000 } } })), []);

  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <h2>{t("finPeriods")}</h2>
      <Space wrap data-testid="periods-actions">
        <ClosePeriodButton allowed={may.close} onDone={reloaded} />
        <RevalueButton allowed={may.revalue} onDone={reloaded} />
        <ExchangeRateButton allowed={may.rate} onDone={reloaded} />
        <CashTransferButton allowed={may.transfer} accounts={cashAccounts} onDone={reloaded} />
        <OpenFiscalYearButton allowed={may.setup} onDone={reloaded} />
        <DefineAccountButton allowed={may.setup} />
        <DefineCostCentreButton allowed={may.setup} />
      </Space>
      <Card title={t("finClosedPeriods")}>
        <ServerTable<ClosedRow>
          testid="closed-periods"
          exportName="closed-periods"
          rowKey="period"
          fetchPage={closed}
          reloadToken={reload}
          size="small"
          columns={[
            { title: t("finPeriod"), dataIndex: "period" },
            { title: t("finClosedBy"), dataIndex: "closed_by" },
            { title: t("finClosedAt"), dataIndex: "closed_at" },
            {
              title: "",
              exportValue: () => "",
              render: (_, r) => <ReopenPeriodButton period={r.period} allowed={may.reopen} onDone={reloaded} />,
            },
          ]}
        />
      </Card>
      <Card title={t("finCashPosition")}>
        <Table
          size="small"
          pagination={false}
          rowKey="account"
          data-testid="cash-position"
          dataSource={position?.accounts ?? []}
          columns={[
            { title: t("finAccount"), dataIndex: "account" },
            {
              title: t("finBalance"),
              dataIndex: "balance",
              align: "right",
              render: (b: string, r) => <span data-testid={`cash-balance-${r.account}`}>{b}</span>,
            },
          ]}
        />
      </Card>
      <Card title={t("finFiscalYears")}>
        <ServerTable<YearRow>
          testid="fiscal-years"
          exportName="fiscal-years"
          rowKey="year"
          fetchPage={years}
          reloadToken={reload}
          size="small"
          columns={[
            { title: t("finFiscalYear"), dataIndex: "year" },
            { title: t("finFirstPeriod"), dataIndex: "first_period" },
            { title: t("finLastPeriod"), dataIndex: "last_period" },
          ]}
        />
      </Card>
      <Card title={t("finExchangeRates")}>
        <ServerTable<RateRow>
          testid="exchange-rates"
          exportName="exchange-rates"
          rowKey={(r) => `${r.currency}.${r.on}`}
          fetchPage={rates}
          reloadToken={reload}
          size="small"
          columns={[
            { title: t("finCurrency"), dataIndex: "currency" },
            { title: t("finRateOn"), dataIndex: "on" },
            { title: t("finRate"), dataIndex: "rate", align: "right" },
            { title: t("finRateSource"), dataIndex: "source" },
          ]}
        />
      </Card>
    </Space>
  );
}
