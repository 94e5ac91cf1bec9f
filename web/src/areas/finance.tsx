import { AgingScreen } from "../screens/finance/Aging";
import { BalanceSheetScreen } from "../screens/finance/BalanceSheet";
import { BudgetVsActualScreen } from "../screens/finance/BudgetVsActual";
import { CashFlowScreen } from "../screens/finance/CashFlow";
import { JournalScreen } from "../screens/finance/Journal";
import { JournalEntryScreen } from "../screens/finance/JournalEntry";
import { NewJournalEntryScreen } from "../screens/finance/NewJournalEntry";
import { OpenItemsScreen } from "../screens/finance/OpenItems";
import { PaymentsScreen } from "../screens/finance/Payments";
import { PeriodsScreen } from "../screens/finance/Periods";
import { ProfitAndLossScreen } from "../screens/finance/ProfitAndLoss";
import { RecordPaymentScreen } from "../screens/finance/RecordPayment";
import { TrialBalanceScreen } from "../screens/finance/TrialBalance";
import type { ScreenDef } from "./screen";

// Finance's queries and commands are the accountant's (or an admin's).
const ACCOUNTANT = ["accountant"] as const;

export const FINANCE: ScreenDef[] = [
  { key: "fin-journal", area: "finance", title: "finJournal", roles: ACCOUNTANT, render: (p) => <JournalScreen params={p} /> },
  {
    key: "fin-entry",
    area: "finance",
    title: "finEntry",
    roles: ACCOUNTANT,
    hidden: true,
    render: (p) => <JournalEntryScreen id={p.get("id")} />,
  },
  { key: "fin-new-entry", area: "finance", title: "finNewEntry", roles: ACCOUNTANT, render: () => <NewJournalEntryScreen /> },
  { key: "fin-aging", area: "finance", title: "finAging", roles: ACCOUNTANT, render: (p) => <AgingScreen params={p} /> },
  { key: "fin-open-items", area: "finance", title: "finOpenItems", roles: ACCOUNTANT, render: (p) => <OpenItemsScreen params={p} /> },
  { key: "fin-payments", area: "finance", title: "finPayments", roles: ACCOUNTANT, render: (p) => <PaymentsScreen params={p} /> },
  {
    key: "fin-record-payment",
    area: "finance",
    title: "finRecordPayment",
    roles: ACCOUNTANT,
    render: (p) => <RecordPaymentScreen params={p} />,
  },
  {
    key: "fin-trial-balance",
    area: "finance",
    title: "finTrialBalance",
    roles: ACCOUNTANT,
    render: (p) => <TrialBalanceScreen params={p} />,
  },
  { key: "fin-pnl", area: "finance", title: "finProfitAndLoss", roles: ACCOUNTANT, render: (p) => <ProfitAndLossScreen params={p} /> },
  {
    key: "fin-balance-sheet",
    area: "finance",
    title: "finBalanceSheet",
    roles: ACCOUNTANT,
    render: (p) => <BalanceSheetScreen params={p} />,
  },
  { key: "fin-cash-flow", area: "finance", title: "finCashFlow", roles: ACCOUNTANT, render: (p) => <CashFlowScreen params={p} /> },
  { key: "fin-periods", area: "finance", title: "finPeriods", roles: ACCOUNTANT, render: () => <PeriodsScreen /> },
  {
    key: "fin-budget",
    area: "finance",
    title: "finBudgetVsActual",
    roles: ACCOUNTANT,
    render: (p) => <BudgetVsActualScreen params={p} />,
  },
];
