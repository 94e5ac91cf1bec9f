// Generated from web/openapi/finance.json by scripts/gen-api.mjs. Do not edit.
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Accounts */
        get: operations["list_accounts_accounts_get"];
        put?: never;
        /**
         * Define Account
         * @description Add an account to the chart, or rename, move or (de)activate one.
         */
        post: operations["define_account_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aging
         * @description Open amounts per customer (receivable) or supplier (payable): current, 1-30,
         *     31-60, 61-90 and 90+ days past due on `as_of` (today when not given); the parties
         *     in id order, keyset-paged (`after`, `next`), and `totals` per bucket over all. With
         *     `sort` (party, total, overdue, oldest: the oldest open item's days past due) and
         *     `order`, the parties in that order, `next` a cursor of it.
         */
        get: operations["aging_aging_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set Budget */
        post: operations["set_budget_budgets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/against-actual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Against Actual
         * @description Each budget of the period (and cost centre, or the whole company's): the actual,
         *     budget - actual, and the % of the budget used.
         */
        get: operations["against_actual_budgets_against_actual_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cash-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer Cash */
        post: operations["transfer_cash_cash_transfers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cash/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cash Forecast
         * @description 13 weeks from `as_of` (today): open receivables in, open payables out, by due date
         *     (overdue ones in the first week), and open orders by when they are expected (a sales
         *     order's promised date, a purchase order's latest expected date); `shortfall` where the
         *     balance goes below zero.
         */
        get: operations["cash_forecast_cash_forecast_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cash/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Position */
        get: operations["position_cash_position_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes
         * @description Server-sent events: the names of the projections (read models) of this service
         *     that committed changes; any valid token.
         */
        get: operations["changes_changes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cost-analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cost Analysis
         * @description Revenue, cost of goods sold, margin and shrinkage (count losses, write-offs,
         *     transit losses) over the periods, per item, item category, warehouse or customer.
         *     Revenue carries no warehouse (an invoice names none): by warehouse it is cost only.
         */
        get: operations["cost_analysis_cost_analysis_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cost-analysis/price-variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Price Variance
         * @description Purchase price variance per supplier: invoiced above (positive) or below the PO
         *     prices.
         */
        get: operations["price_variance_cost_analysis_price_variance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cost-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Cost Centres */
        get: operations["list_cost_centres_cost_centres_get"];
        put?: never;
        /** Define Cost Centre */
        post: operations["define_cost_centre_cost_centres_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Rates */
        get: operations["list_rates_exchange_rates_get"];
        put?: never;
        /** Record Rate */
        post: operations["record_rate_exchange_rates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fiscal-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Fiscal Years */
        get: operations["list_fiscal_years_fiscal_years_get"];
        put?: never;
        /** Open Fiscal Year */
        post: operations["open_fiscal_year_fiscal_years_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Healthz */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Journal
         * @description Journal lines with their entries, in posting order, filtered and keyset-paged; with
         *     `sort` (and `order`) in the order asked, the `next` of each page then a cursor of that
         *     sort to pass back as `after` with it.
         */
        get: operations["journal_journal_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post Journal Entry
         * @description Each line a debit or a credit; debits equal credits; in the company's currency;
         *     dated in an open period; not on an account a sub-ledger keeps (receivables, payables,
         *     advances, inventory, goods received not invoiced).
         */
        post: operations["post_journal_entry_journal_entries_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal-entries/{entry_id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse Journal Entry
         * @description Posts the entry's lines the other way on `reversed_on`; once.
         */
        post: operations["reverse_journal_entry_journal_entries__entry_id__reverse_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Journal Entry
         * @description One entry with its lines and its source: the event that posted it (id, type, the
         *     stream of its document, and the event's payload as recorded), to drill down to; an
         *     entry by hand says which entry reversed it (`reversed_by`; null while it stands).
         */
        get: operations["journal_entry_journal_entries__entry_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics */
        get: operations["metrics_metrics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Open Items
         * @description Invoices not (fully) settled, of one customer or supplier or all, by party and due
         *     date; all of them, or a page (`limit`, then `after` = the last one's `cursor`). With
         *     `sort` (and `order`): a page in the order asked, the next page's `after` in the
         *     X-Next-Cursor header.
         */
        get: operations["list_open_items_open_items_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Payments
         * @description Payments by id; with `sort` (and `order`) in the order asked, the `next` of each
         *     page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_payments_payments_get"];
        put?: never;
        /**
         * Record Payment
         * @description Cash in from a customer or out to a supplier, settling invoices (part of one, all
         *     of it, several); what is not allocated stays as the party's advance.
         */
        post: operations["record_payment_payments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods/closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Closed Periods */
        get: operations["list_closed_periods_periods_closed_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Period
         * @description No posting dated in the period is accepted any more: late ones post in the next
         *     open period, their own date kept.
         */
        post: operations["close_period_periods__period__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen Period */
        post: operations["reopen_period_periods__period__reopen_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods/{period}/revalue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revalue
         * @description Post the unrealised exchange differences of the open foreign invoices at the rate of
         *     the period's last day, reversed on the first day of the next period; once a period.
         */
        post: operations["revalue_periods__period__revalue_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readyz */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/balance-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance Sheet
         * @description At the end of `period`: assets = liabilities + equity, the result of the fiscal
         *     year so far carried to equity, earlier years' in retained earnings.
         */
        get: operations["balance_sheet_statements_balance_sheet_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/cash-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cash Flow
         * @description Direct method, from the payments and receipts through the bank and cash accounts;
         *     `financing`: cash the owners paid in or took out (entries by hand against equity).
         */
        get: operations["cash_flow_statements_cash_flow_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/profit-and-loss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profit And Loss */
        get: operations["profit_and_loss_statements_profit_and_loss_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trial Balance
         * @description Per account: opening balance, debits and credits of the periods, closing balance
         *     (debit positive); earlier fiscal years' result in retained earnings.
         */
        get: operations["trial_balance_statements_trial_balance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock Reconciliation
         * @description Per warehouse: the stock value inventory's events give (on hand, and in transit to
         *     it) against the inventory and goods-in-transit accounts of its cost centre.
         */
        get: operations["stock_reconciliation_stock_reconciliation_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vat-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vat Return
         * @description Output VAT charged less input VAT paid in the period, per rate: what is owed.
         */
        get: operations["vat_return_vat_return_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountBody */
        AccountBody: {
            /**
             * Account Type
             * @enum {string}
             */
            account_type: "asset" | "liability" | "equity" | "income" | "expense";
            /**
             * Active
             * @default true
             */
            active: boolean;
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Parent */
            parent?: string | null;
        };
        /** AllocationBody */
        AllocationBody: {
            /** Amount */
            amount: number | string;
            /**
             * Invoice Id
             * Format: uuid
             */
            invoice_id: string;
        };
        /**
         * Answer
         * @description What a command answers: the aggregate's id, its stream, the new version and the ids
         *     of the events recorded.
         */
        Answer: {
            /** Event Ids */
            event_ids: string[];
            /** Id */
            id: string;
            /** Stream Id */
            stream_id: string;
            /** Version */
            version: number;
        };
        /** BudgetBody */
        BudgetBody: {
            /** Account */
            account: string;
            /** Amount */
            amount: number | string;
            /**
             * Cost Centre
             * @description none: the whole company
             */
            cost_centre?: string | null;
            /**
             * Currency
             * @default CNY
             */
            currency: string;
            /**
             * Period
             * @description YYYY-MM
             */
            period: string;
            /**
             * Threshold
             * @description alert when the actual passes this share: 0.8 is 80 %
             * @default 0.8
             */
            threshold: number | string;
        };
        /** CashTransferBody */
        CashTransferBody: {
            /** Amount */
            amount: number | string;
            /**
             * Currency
             * @default CNY
             */
            currency: string;
            /** From Account */
            from_account: string;
            /** Reference */
            reference?: string | null;
            /** To Account */
            to_account: string;
            /** Transfer Id */
            transfer_id?: string | null;
            /**
             * Transferred On
             * Format: date
             */
            transferred_on: string;
        };
        /** CostCentreBody */
        CostCentreBody: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            /** Code */
            code: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "warehouse" | "department";
            /** Name */
            name: string;
        };
        /** EntryLineBody */
        EntryLineBody: {
            /**
             * Account
             * @description an active account of the chart
             */
            account: string;
            /** Cost Centre */
            cost_centre?: string | null;
            /**
             * Credit
             * @default 0
             */
            credit: number | string;
            /**
             * Debit
             * @default 0
             */
            debit: number | string;
            /** Memo */
            memo?: string | null;
        };
        /** FiscalYearBody */
        FiscalYearBody: {
            /**
             * First Period
             * @description YYYY-MM
             */
            first_period: string;
            /** Year */
            year: number;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** JournalEntryBody */
        JournalEntryBody: {
            /**
             * Currency
             * @default CNY
             */
            currency: string;
            /** Description */
            description: string;
            /** Entry Id */
            entry_id?: string | null;
            /** Lines */
            lines: components["schemas"]["EntryLineBody"][];
            /**
             * Posted On
             * Format: date
             */
            posted_on: string;
            /** Reference */
            reference?: string | null;
        };
        /** PaymentBody */
        PaymentBody: {
            /** Allocations */
            allocations?: components["schemas"]["AllocationBody"][];
            /** Amount */
            amount: number | string;
            /**
             * Cash Account
             * @description a bank or cash account of the chart: 1002, 1001 ...
             */
            cash_account: string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /**
             * Direction
             * @description incoming: a receipt from a customer; outgoing: a payment to a supplier
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            /**
             * Paid On
             * Format: date
             */
            paid_on: string;
            /**
             * Party Id
             * Format: uuid
             * @description the customer or the supplier
             */
            party_id: string;
            /** Payment Id */
            payment_id?: string | null;
            /** Reference */
            reference?: string | null;
        };
        /** RateBody */
        RateBody: {
            /** Currency */
            currency: string;
            /**
             * On
             * Format: date
             */
            on: string;
            /** Rate */
            rate: number | string;
            /**
             * Source
             * @description where the rate comes from, e.g. PBOC
             */
            source?: string | null;
        };
        /** ReopenBody */
        ReopenBody: {
            /** Reason */
            reason: string;
        };
        /** ReversalBody */
        ReversalBody: {
            /** Reason */
            reason: string;
            /**
             * Reversed On
             * Format: date
             */
            reversed_on: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_accounts_accounts_get: {
        parameters: {
            query?: {
                account_type?: ("asset" | "liability" | "equity" | "income" | "expense") | null;
                /** @description codes after it */
                after?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    define_account_accounts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    aging_aging_get: {
        parameters: {
            query: {
                kind: "receivable" | "payable";
                party_id?: string | null;
                as_of?: string | null;
                /** @description the `next` of the page before (a party id; a cursor when `sort` or `order` is given) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: oldest, overdue, party, total (default party asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    set_budget_budgets_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    against_actual_budgets_against_actual_get: {
        parameters: {
            query: {
                /** @description a month: YYYY-MM */
                period: string;
                /** @description only this cost centre's lines */
                cost_centre?: string | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    transfer_cash_cash_transfers_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CashTransferBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    cash_forecast_cash_forecast_get: {
        parameters: {
            query?: {
                as_of?: string | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    position_cash_position_get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    changes_changes_get: {
        parameters: {
            query?: {
                /** @description the bearer token, for an EventSource */
                access_token?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    cost_analysis_cost_analysis_get: {
        parameters: {
            query: {
                by: "sku" | "category" | "warehouse" | "customer";
                from: string;
                to: string;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    price_variance_cost_analysis_price_variance_get: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_cost_centres_cost_centres_get: {
        parameters: {
            query?: {
                kind?: ("warehouse" | "department") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    define_cost_centre_cost_centres_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CostCentreBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_rates_exchange_rates_get: {
        parameters: {
            query?: {
                currency?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    record_rate_exchange_rates_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_fiscal_years_fiscal_years_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
    };
    open_fiscal_year_fiscal_years_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FiscalYearBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    journal_journal_get: {
        parameters: {
            query?: {
                /** @description a month: YYYY-MM */
                period?: string | null;
                account?: string | null;
                /** @description only this cost centre's lines */
                cost_centre?: string | null;
                source_event_id?: string | null;
                party_id?: string | null;
                /** @description the source event's type, e.g. sales.InvoiceIssued */
                source_type?: string | null;
                /** @description the `next` of the page before */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: account, amount, entry, period, posted_on, recorded_at, source_type (default entry asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    post_journal_entry_journal_entries_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JournalEntryBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reverse_journal_entry_journal_entries__entry_id__reverse_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    journal_entry_journal_entries__entry_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    metrics_metrics_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    list_open_items_open_items_get: {
        parameters: {
            query: {
                kind: "receivable" | "payable";
                party_id?: string | null;
                /** @description keyset paging: the `cursor` of the last item of the page before; with `sort` or `order`, the X-Next-Cursor header of the page before */
                after?: string | null;
                /** @description a page of at most this many */
                limit?: number | null;
                /** @description sort by one of: amount, days_overdue, document_no, due_on, issued_on, open, party (default due_on asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_payments_payments_get: {
        parameters: {
            query?: {
                party_id?: string | null;
                direction?: ("incoming" | "outgoing") | null;
                /** @description the `next` of the page before (a payment id; a cursor when `sort` or `order` is given) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: amount, cash_account, direction, paid_on, party, recorded_at, unallocated (default paid_on desc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    record_payment_payments_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_closed_periods_periods_closed_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
    };
    close_period_periods__period__close_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description a month: YYYY-MM */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reopen_period_periods__period__reopen_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description a month: YYYY-MM */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    revalue_periods__period__revalue_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                /** @description a month: YYYY-MM */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    balance_sheet_statements_balance_sheet_get: {
        parameters: {
            query: {
                /** @description a month: YYYY-MM */
                period: string;
                /** @description only this cost centre's lines */
                cost_centre?: string | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    cash_flow_statements_cash_flow_get: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    profit_and_loss_statements_profit_and_loss_get: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description only this cost centre's lines */
                cost_centre?: string | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    trial_balance_statements_trial_balance_get: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description only this cost centre's lines */
                cost_centre?: string | null;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    stock_reconciliation_stock_reconciliation_get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    vat_return_vat_return_get: {
        parameters: {
            query: {
                /** @description a month: YYYY-MM */
                period: string;
                /** @description wait (bounded) until the ledger has posted this event id */
                wait_for_event?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
