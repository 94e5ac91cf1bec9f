// Generated from web/openapi/inventory.json by scripts/gen-api.mjs. Do not edit.
export interface paths {
    "/abc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Classes
         * @description A page of the classes, highest consumption value first unless sorted otherwise.
         */
        get: operations["classes_abc_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abc/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Classify */
        post: operations["classify_abc_classify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Alerts
         * @description A page of the positions below min or above max now, by warehouse and SKU unless
         *     sorted otherwise.
         */
        get: operations["list_alerts_alerts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Backorders
         * @description Order lines waiting for stock, by SKU, warehouse and place in the queue unless
         *     sorted otherwise; the next page starts at the X-Next-Cursor header's `after`. (Still
         *     understood: after_sku, after_warehouse and after_seq, the last line of a page by SKU.)
         */
        get: operations["backorders_backorders_get"];
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
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Items
         * @description A page of items, by SKU unless sorted otherwise.
         */
        get: operations["list_items_items_get"];
        put?: never;
        /** Register Item */
        post: operations["register_item_items_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Item */
        get: operations["get_item_items__sku__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{sku}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update Item */
        post: operations["update_item_items__sku__update_post"];
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
    "/reorder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rules
         * @description A page of rules, by warehouse and SKU unless sorted otherwise.
         */
        get: operations["list_rules_reorder_rules_get"];
        put?: never;
        /** Set Rule */
        post: operations["set_rule_reorder_rules_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reorder-rules/{sku}/{warehouse}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Rule */
        get: operations["get_rule_reorder_rules__sku___warehouse__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reorder-rules/{sku}/{warehouse}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove Rule */
        post: operations["remove_rule_reorder_rules__sku___warehouse__remove_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserve
         * @description Reserve every line now; each line answers reserved, or backordered: it waits in its
         *     position's queue (its place and what is available said) and is reserved whole, first
         *     placed first served, as stock arrives. Lines are independent, as when sales places an
         *     order.
         */
        post: operations["reserve_reservations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/{order_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release */
        post: operations["release_reservations__order_id__release_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Stock
         * @description Positions by SKU and warehouse unless sorted otherwise; the next page starts at the
         *     X-Next-Cursor header's `after`. (Still understood: `after_sku` and `after_warehouse`,
         *     the last position of a page by SKU and warehouse — within one warehouse, its SKU.)
         */
        get: operations["list_stock_stock_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Counts
         * @description A page of counts, the most recently opened first unless sorted otherwise.
         */
        get: operations["list_counts_stock_counts_get"];
        put?: never;
        /** Open Count */
        post: operations["open_count_stock_counts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-counts/{count_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Count
         * @description The count and a page of its lines (by SKU, location, lot). While the count is open
         *     (or once cancelled) a line shows what was counted only: no expected, no variance.
         */
        get: operations["get_count_stock_counts__count_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-counts/{count_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Count */
        post: operations["cancel_count_stock_counts__count_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-counts/{count_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Count
         * @description Post every counted difference (counted − the stock when that line was counted) as
         *     a stock adjustment with reason "stock count <id>", and publish inventory.StockCounted,
         *     in one transaction. Balances in scope nobody counted are not adjusted: they are listed
         *     in the answer.
         */
        post: operations["close_count_stock_counts__count_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-counts/{count_id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Lines
         * @description Record counted quantities. The answer never says what the system expected.
         */
        post: operations["record_lines_stock_counts__count_id__lines_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-valuation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock Valuation
         * @description The value of stock at a moment by warehouse and item category (the item's category
         *     now), and in all per currency. The moment must say its time zone.
         */
        get: operations["stock_valuation_stock_valuation_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock-value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock Value
         * @description The value of the stock per warehouse (and currency), with its number of
         *     positions: the dashboard's figure.
         */
        get: operations["stock_value_stock_value_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock Level */
        get: operations["stock_level_stock__sku___warehouse__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust */
        post: operations["adjust_stock__sku___warehouse__adjustments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock As Of
         * @description On hand and value at a past moment, summed from the ledger. The moment must say
         *     its time zone: a date alone or a local time could be any of 24 hours' worth.
         */
        get: operations["stock_as_of_stock__sku___warehouse__as_of_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/cost-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct Cost */
        post: operations["correct_cost_stock__sku___warehouse__cost_corrections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detail
         * @description Balances per location and lot, FIFO cost layers and open reservations.
         */
        get: operations["detail_stock__sku___warehouse__detail_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue */
        post: operations["issue_stock__sku___warehouse__issues_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{sku}/{warehouse}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ledger
         * @description The position's ledger lines in the order they were posted (`id`) unless sorted
         *     otherwise (`occurred_at`); `order=desc` reads it newest first. The next page starts
         *     at the X-Next-Cursor header's `after`.
         */
        get: operations["ledger_stock__sku___warehouse__ledger_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Transfers
         * @description A page of transfers, the latest requested first unless sorted otherwise.
         */
        get: operations["list_transfers_transfers_get"];
        put?: never;
        /** Request Transfer */
        post: operations["request_transfer_transfers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Transfer */
        get: operations["get_transfer_transfers__transfer_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel */
        post: operations["cancel_transfers__transfer_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close */
        post: operations["close_transfers__transfer_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch
         * @description Every line leaves the source in full, at the source's cost, or nothing does.
         */
        post: operations["dispatch_transfers__transfer_id__dispatch_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive */
        post: operations["receive_transfers__transfer_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Warehouses
         * @description Warehouses by code unless sorted otherwise (by name); the next page starts at the
         *     X-Next-Cursor header's `after` (all of them on one page without a `limit`).
         */
        get: operations["list_warehouses_warehouses_get"];
        put?: never;
        /** Register Warehouse */
        post: operations["register_warehouse_warehouses_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Warehouse */
        get: operations["get_warehouse_warehouses__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{code}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Location */
        post: operations["add_location_warehouses__code__locations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{code}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update Warehouse */
        post: operations["update_warehouse_warehouses__code__update_post"];
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
        /** AddLocationBody */
        AddLocationBody: {
            /** Location */
            location: string;
            /** Name */
            name?: string | null;
            /**
             * Quarantine
             * @description goods here may not be issued or sold
             * @default false
             */
            quarantine: boolean;
        };
        /** AdjustBody */
        AdjustBody: {
            /** Location */
            location?: string | null;
            /** Lot */
            lot?: string | null;
            /**
             * Quantity
             * @description signed: positive adds stock, negative removes it
             */
            quantity: number | string;
            /** Reason */
            reason: string;
            /** Unit */
            unit: string;
            /** Unit Cost */
            unit_cost?: number | string | null;
        };
        /** AlertView */
        AlertView: {
            /**
             * Alert
             * @description below_min / above_max while alerting
             */
            alert: ("below_min" | "above_max") | null;
            /**
             * Alert Available
             * @description available when the alert was raised
             */
            alert_available: string | null;
            /** Alert Since */
            alert_since: string | null;
            /**
             * Available
             * @description available now
             */
            available: string;
            /** Max Quantity */
            max_quantity: string;
            /** Min Quantity */
            min_quantity: string;
            /** Reorder Quantity */
            reorder_quantity: string | null;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Warehouse */
            warehouse: string;
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
        /** ChangeView */
        ChangeView: {
            /** Consumption Value */
            consumption_value: string;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /**
             * New Class
             * @enum {string}
             */
            new_class: "A" | "B" | "C";
            /** Previous Class */
            previous_class: ("A" | "B" | "C") | null;
            /** Sku */
            sku: string;
            /**
             * Warehouse
             * @description null: over all warehouses
             */
            warehouse: string | null;
        };
        /** ClassView */
        ClassView: {
            /** A Share */
            a_share: string;
            /**
             * Abc Class
             * @enum {string}
             */
            abc_class: "A" | "B" | "C";
            /** B Share */
            b_share: string;
            /**
             * Classified At
             * Format: date-time
             */
            classified_at: string;
            /** Consumption Value */
            consumption_value: string;
            /** Cumulative Share */
            cumulative_share: string;
            /** Currency */
            currency: string;
            /**
             * Period From
             * Format: date
             */
            period_from: string;
            /**
             * Period To
             * Format: date
             */
            period_to: string;
            /** Sku */
            sku: string;
            /** Version */
            version: number;
            /**
             * Warehouse
             * @description null: over all warehouses
             */
            warehouse: string | null;
        };
        /** ClassifyBody */
        ClassifyBody: {
            /**
             * A Share
             * @description share of the value in A (0.8 = 80 %)
             * @default 0.80
             */
            a_share: number | string;
            /**
             * B Share
             * @description share of the value in B (0.15 = 15 %)
             * @default 0.15
             */
            b_share: number | string;
            /**
             * Period From
             * Format: date
             */
            period_from: string;
            /**
             * Period To
             * Format: date
             */
            period_to: string;
        };
        /** CloseAnswer */
        CloseAnswer: {
            /** Event Ids */
            event_ids: string[];
            /** Id */
            id: string;
            /** Lines Adjusted */
            lines_adjusted: number;
            /** Lines Counted */
            lines_counted: number;
            /** Status */
            status: string;
            /** Stream Id */
            stream_id: string;
            /**
             * Uncounted
             * @description balances in scope nobody counted: left as they were
             */
            uncounted: number;
            /**
             * Uncounted Lines
             * @description the first 1,000 of them
             */
            uncounted_lines: components["schemas"]["UncountedLine"][];
            /** Version */
            version: number;
        };
        /** CloseBody */
        CloseBody: {
            /**
             * Declare Outstanding Lost
             * @description record whatever is still in transit as lost in transit, then close
             * @default false
             */
            declare_outstanding_lost: boolean;
        };
        /** CostCorrectionBody */
        CostCorrectionBody: {
            /**
             * Amount
             * @description the whole cost difference, signed
             */
            amount: number | string;
            /** Currency */
            currency: string;
            /** Document Id */
            document_id?: string | null;
            /**
             * Quantity
             * @description how many units the difference is spread over
             */
            quantity: number | string;
            /** Reason */
            reason: string;
            /**
             * Source Event Id
             * @description the receipt the difference is for
             */
            source_event_id?: string | null;
        };
        /** CountLineBody */
        CountLineBody: {
            /** Counted */
            counted: number | string;
            /**
             * Location
             * @description none: the unassigned balance
             */
            location?: string | null;
            /** Lot */
            lot?: string | null;
            /** Sku */
            sku: string;
            /**
             * Unit
             * @description checked against the unit the stock is kept in; needed for a SKU that is neither an item nor in stock here
             */
            unit?: string | null;
        };
        /** CountLineView */
        CountLineView: {
            /** Counted */
            counted: string;
            /**
             * Counted At
             * Format: date-time
             */
            counted_at: string;
            /**
             * Expected
             * @description only once the count is closed
             */
            expected?: string | null;
            /** Location */
            location: string | null;
            /** Lot */
            lot: string | null;
            /** Sku */
            sku: string;
            /** Times Counted */
            times_counted: number;
            /** Unit */
            unit: string;
            /**
             * Variance
             * @description only once the count is closed
             */
            variance?: string | null;
        };
        /** CountSummary */
        CountSummary: {
            /** Cancel Reason */
            cancel_reason: string | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Closed At */
            closed_at: string | null;
            /**
             * Count Id
             * Format: uuid
             */
            count_id: string;
            /** Lines Adjusted */
            lines_adjusted: number | null;
            /** Lines Counted */
            lines_counted: number;
            /** Location */
            location: string | null;
            /** Note */
            note: string | null;
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            /** Scope */
            scope: string;
            /** Skus */
            skus: string[];
            /** Status */
            status: string;
            /** Uncounted */
            uncounted: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Warehouse */
            warehouse: string;
        };
        /** CountView */
        CountView: {
            /** Cancel Reason */
            cancel_reason: string | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Closed At */
            closed_at: string | null;
            /**
             * Count Id
             * Format: uuid
             */
            count_id: string;
            /** Lines */
            lines: components["schemas"]["CountLineView"][];
            /** Lines Adjusted */
            lines_adjusted: number | null;
            /** Lines Counted */
            lines_counted: number;
            /** Location */
            location: string | null;
            /** Note */
            note: string | null;
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            /** Scope */
            scope: string;
            /** Skus */
            skus: string[];
            /** Status */
            status: string;
            /** Uncounted */
            uncounted: number | null;
            /**
             * Uncounted Lines
             * @description balances in scope nobody counted, as they stood at the close
             */
            uncounted_lines?: components["schemas"]["UncountedLine"][] | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Warehouse */
            warehouse: string;
        };
        /** CurrencyTotal */
        CurrencyTotal: {
            /** Currency */
            currency: string;
            /** Value */
            value: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** IssueBody */
        IssueBody: {
            /** Document Id */
            document_id?: string | null;
            /**
             * Kind
             * @description shipment: goods sold to a customer (consumption, for ABC); other: damage, scrap, internal use. The reason is free text and decides nothing.
             * @default other
             * @enum {string}
             */
            kind: "shipment" | "other";
            /** Location */
            location?: string | null;
            /** Lot */
            lot?: string | null;
            /** Quantity */
            quantity: number | string;
            /** Reason */
            reason: string;
            /** Unit */
            unit: string;
        };
        /** ItemPage */
        ItemPage: {
            /** Items */
            items: components["schemas"]["ItemView"][];
            /**
             * Next After
             * @description pass as `after` for the next page; null: last
             */
            next_after: string | null;
        };
        /** ItemView */
        ItemView: {
            /** Barcode */
            barcode: string | null;
            /** Category */
            category: string | null;
            /** Lot Tracked */
            lot_tracked: boolean;
            /** Name */
            name: string;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** LedgerLine */
        LedgerLine: {
            /** Currency */
            currency: string;
            /** Document Id */
            document_id: string | null;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Id */
            id: number;
            /** Location */
            location: string | null;
            /** Lot */
            lot: string | null;
            /** Movement */
            movement: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** On Hand After */
            on_hand_after: string;
            /** Order Id */
            order_id: string | null;
            /** Quantity */
            quantity: string;
            /** Reason */
            reason: string | null;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Sku */
            sku: string;
            /** Source Event Id */
            source_event_id: string | null;
            /** Unit */
            unit: string;
            /** Unit Cost */
            unit_cost: string | null;
            /** Value After */
            value_after: string;
            /** Value Change */
            value_change: string;
            /** Warehouse */
            warehouse: string;
        };
        /** LocationAnswer */
        LocationAnswer: {
            /** Event Ids */
            event_ids: string[];
            /** Id */
            id: string;
            /** Location */
            location: string;
            /** Stream Id */
            stream_id: string;
            /** Version */
            version: number;
        };
        /** LocationView */
        LocationView: {
            /** Location */
            location: string;
            /** Name */
            name: string | null;
            /** Quarantine */
            quarantine: boolean;
        };
        /** OpenCountBody */
        OpenCountBody: {
            /**
             * Count Id
             * @description the count's id; one is made if not given
             */
            count_id?: string | null;
            /**
             * Location
             * @description the location, for scope `location`
             */
            location?: string | null;
            /** Note */
            note?: string | null;
            /**
             * Scope
             * @description all items, one location, or a cycle count of selected SKUs
             * @default all
             * @enum {string}
             */
            scope: "all" | "location" | "selection";
            /**
             * Skus
             * @description the SKUs, for scope `selection`
             */
            skus?: string[] | null;
            /** Warehouse */
            warehouse: string;
        };
        /** ReceiptLineBody */
        ReceiptLineBody: {
            /** Line No */
            line_no: number;
            /**
             * Location
             * @description where at the destination it is put
             */
            location?: string | null;
            /**
             * Quantity Lost
             * @description lost in transit
             * @default 0
             */
            quantity_lost: number | string;
            /**
             * Quantity Received
             * @description a decimal, e.g. "12.5"
             * @default 0
             */
            quantity_received: number | string;
        };
        /** ReceiveBody */
        ReceiveBody: {
            /**
             * Close
             * @description the last receipt: what it does not account for is lost; then close
             * @default false
             */
            close: boolean;
            /** Lines */
            lines?: components["schemas"]["ReceiptLineBody"][];
        };
        /** RecordAnswer */
        RecordAnswer: {
            /** Event Ids */
            event_ids: string[];
            /** Id */
            id: string;
            /**
             * Lines Recorded
             * @description distinct balances this recording counted
             */
            lines_recorded: number;
            /** Stream Id */
            stream_id: string;
            /** Version */
            version: number;
        };
        /** RecordLinesBody */
        RecordLinesBody: {
            /** Lines */
            lines: components["schemas"]["CountLineBody"][];
        };
        /** RegisterItemBody */
        RegisterItemBody: {
            /** Barcode */
            barcode?: string | null;
            /** Category */
            category?: string | null;
            /**
             * Lot Tracked
             * @default false
             */
            lot_tracked: boolean;
            /** Name */
            name: string;
            /** Sku */
            sku: string;
            /**
             * Unit
             * @description e.g. pcs, kg, box
             */
            unit: string;
        };
        /** RegisterWarehouseBody */
        RegisterWarehouseBody: {
            /**
             * Allow Negative On Hand
             * @description may issues take on hand below zero here
             * @default false
             */
            allow_negative_on_hand: boolean;
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** ReleaseBody */
        ReleaseBody: {
            /** Reason */
            reason: string;
        };
        /** RequestBody */
        RequestBody: {
            /** From Warehouse */
            from_warehouse: string;
            /** Lines */
            lines: components["schemas"]["RequestLineBody"][];
            /** Note */
            note?: string | null;
            /** To Warehouse */
            to_warehouse: string;
            /**
             * Transfer Id
             * @description chosen by the client, or made here
             */
            transfer_id?: string | null;
        };
        /** RequestLineBody */
        RequestLineBody: {
            /**
             * From Location
             * @description take the goods from this location
             */
            from_location?: string | null;
            /**
             * Line No
             * @description defaults to the line's position, from 1
             */
            line_no?: number | null;
            /**
             * Lot
             * @description take this lot; it follows the goods
             */
            lot?: string | null;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
        };
        /** ReservationLine */
        ReservationLine: {
            /** Line No */
            line_no: number;
            /** Quantity */
            quantity: number | string;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /** Warehouse */
            warehouse: string;
        };
        /** ReserveBody */
        ReserveBody: {
            /** Lines */
            lines: components["schemas"]["ReservationLine"][];
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
        };
        /** RuleView */
        RuleView: {
            /**
             * Alert
             * @description below_min / above_max while alerting
             */
            alert: ("below_min" | "above_max") | null;
            /**
             * Alert Available
             * @description available when the alert was raised
             */
            alert_available: string | null;
            /** Alert Since */
            alert_since: string | null;
            /** Max Quantity */
            max_quantity: string;
            /** Min Quantity */
            min_quantity: string;
            /** Reorder Quantity */
            reorder_quantity: string | null;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Warehouse */
            warehouse: string;
        };
        /** RunView */
        RunView: {
            /** A Share */
            a_share: string;
            /** B Share */
            b_share: string;
            /** Changes */
            changes: components["schemas"]["ChangeView"][];
            /**
             * Classified
             * @description rows classed, per warehouse and overall
             */
            classified: number;
            /**
             * Counts
             * @description per warehouse ("*": overall)
             */
            counts: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** Currency */
            currency: string;
            /**
             * Period From
             * Format: date
             */
            period_from: string;
            /**
             * Period To
             * Format: date
             */
            period_to: string;
        };
        /** SetRuleBody */
        SetRuleBody: {
            /**
             * Max Quantity
             * @description available above this is overstock
             */
            max_quantity: number | string;
            /**
             * Min Quantity
             * @description available below this is low stock
             */
            min_quantity: number | string;
            /**
             * Reorder Quantity
             * @description how much to order when low
             */
            reorder_quantity?: number | string | null;
            /** Sku */
            sku: string;
            /**
             * Unit
             * @description the unit of the quantities: the stock's unit, which is the default
             */
            unit?: string | null;
            /** Warehouse */
            warehouse: string;
        };
        /** StockAsOf */
        StockAsOf: {
            /**
             * As Of
             * Format: date-time
             */
            as_of: string;
            /** On Hand */
            on_hand: string;
            /** Sku */
            sku: string;
            /** Value */
            value: string;
            /** Warehouse */
            warehouse: string;
        };
        /** StockLevel */
        StockLevel: {
            /** Available */
            available: string;
            /**
             * Backordered
             * @description order lines waiting for stock, in all
             */
            backordered: string;
            /** Currency */
            currency: string;
            /** In Transit */
            in_transit: string;
            /** On Hand */
            on_hand: string;
            /** Quarantined */
            quarantined: string;
            /** Reserved */
            reserved: string;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /** Unit Cost */
            unit_cost: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Value */
            value: string;
            /** Version */
            version: number;
            /** Warehouse */
            warehouse: string;
        };
        /** StockValuation */
        StockValuation: {
            /**
             * As Of
             * Format: date-time
             */
            as_of: string;
            /** Lines */
            lines: components["schemas"]["ValuationLine"][];
            /** Totals */
            totals: components["schemas"]["CurrencyTotal"][];
            /** Warehouse */
            warehouse: string | null;
        };
        /** TransferLineView */
        TransferLineView: {
            /** Currency */
            currency: string | null;
            /** Dispatched */
            dispatched: string;
            /** From Location */
            from_location: string | null;
            /** In Transit */
            in_transit: string;
            /** Line No */
            line_no: number;
            /** Loss Value */
            loss_value: string;
            /** Lost */
            lost: string;
            /** Lot */
            lot: string | null;
            /** Quantity */
            quantity: string;
            /** Received */
            received: string;
            /** Sku */
            sku: string;
            /** Total Cost */
            total_cost: string | null;
            /** Unit */
            unit: string;
            /** Unit Cost */
            unit_cost: string | null;
            /** Value Received */
            value_received: string;
        };
        /**
         * TransferStatus
         * @enum {string}
         */
        TransferStatus: "requested" | "dispatched" | "partially_received" | "received" | "closed" | "cancelled";
        /** TransferView */
        TransferView: {
            /** Cancel Reason */
            cancel_reason: string | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Closed At */
            closed_at: string | null;
            /** Dispatched At */
            dispatched_at: string | null;
            /** From Warehouse */
            from_warehouse: string;
            /** In Transit */
            in_transit: string;
            /** Last Received At */
            last_received_at: string | null;
            /** Lines */
            lines: components["schemas"]["TransferLineView"][];
            /** Note */
            note: string | null;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            status: components["schemas"]["TransferStatus"];
            /** To Warehouse */
            to_warehouse: string;
            /**
             * Transfer Id
             * Format: uuid
             */
            transfer_id: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** UncountedLine */
        UncountedLine: {
            /** Location */
            location: string | null;
            /** Lot */
            lot: string | null;
            /** On Hand */
            on_hand: string;
            /** Sku */
            sku: string;
        };
        /**
         * UpdateItemBody
         * @description Only what is given changes. `unit` may be sent only as the item's unit (it never
         *     changes); SKU and unit are fixed at registration.
         */
        UpdateItemBody: {
            /** Barcode */
            barcode?: string | null;
            /** Category */
            category?: string | null;
            /** Lot Tracked */
            lot_tracked?: boolean | null;
            /** Name */
            name?: string | null;
            /** Unit */
            unit?: string | null;
        };
        /** UpdateWarehouseBody */
        UpdateWarehouseBody: {
            /** Allow Negative On Hand */
            allow_negative_on_hand?: boolean | null;
            /** Name */
            name?: string | null;
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
        /** ValuationLine */
        ValuationLine: {
            /**
             * Category
             * @description the item's category now; null: none
             */
            category: string | null;
            /** Currency */
            currency: string;
            /** Value */
            value: string;
            /** Warehouse */
            warehouse: string;
        };
        /** WaitingLine */
        WaitingLine: {
            /** Line No */
            line_no: number;
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /**
             * Position
             * @description its place in the queue of its SKU x warehouse: 1 is next
             */
            position: number;
            /** Quantity */
            quantity: string;
            /** Seq */
            seq: number;
            /** Sku */
            sku: string;
            /** Warehouse */
            warehouse: string;
        };
        /** WarehouseSummary */
        WarehouseSummary: {
            /** Allow Negative On Hand */
            allow_negative_on_hand: boolean;
            /** Code */
            code: string;
            /** Location Count */
            location_count: number;
            /** Name */
            name: string;
            /** Version */
            version: number;
        };
        /** WarehouseValue */
        WarehouseValue: {
            /** Currency */
            currency: string;
            /** Positions */
            positions: number;
            /** Value */
            value: string;
            /** Warehouse */
            warehouse: string;
        };
        /** WarehouseView */
        WarehouseView: {
            /** Allow Negative On Hand */
            allow_negative_on_hand: boolean;
            /** Code */
            code: string;
            /** Locations */
            locations: components["schemas"]["LocationView"][];
            /** Name */
            name: string;
            /** Version */
            version: number;
        };
        /** CancelBody */
        jxc__inventory__api__stock_counts__CancelBody: {
            /** Reason */
            reason?: string | null;
        };
        /** CancelBody */
        jxc__inventory__api__transfers__CancelBody: {
            /** Reason */
            reason: string;
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
    classes_abc_get: {
        parameters: {
            query?: {
                /** @description left out: all warehouses */
                warehouse?: string | null;
                class?: ("A" | "B" | "C") | null;
                sku?: string | null;
                /** @description sort by one of: abc_class, consumption_value, cumulative_share, sku (default consumption_value desc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    "application/json": components["schemas"]["ClassView"][];
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
    classify_abc_classify_post: {
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
                "application/json": components["schemas"]["ClassifyBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"];
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
    list_alerts_alerts_get: {
        parameters: {
            query?: {
                warehouse?: string | null;
                /** @description below_min or above_max; both when left out */
                kind?: ("below_min" | "above_max") | null;
                /** @description sort by one of: alert_available, alert_since, min_quantity, sku, warehouse (default warehouse asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertView"][];
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
    backorders_backorders_get: {
        parameters: {
            query?: {
                sku?: string | null;
                warehouse?: string | null;
                order_id?: string | null;
                after_sku?: string | null;
                after_warehouse?: string | null;
                after_seq?: number | null;
                /** @description sort by one of: order_id, quantity, sku, warehouse (default sku asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
                after?: string | null;
                limit?: number;
                /** @description wait until inventory has consumed this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
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
                    "application/json": components["schemas"]["WaitingLine"][];
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
    list_items_items_get: {
        parameters: {
            query?: {
                category?: string | null;
                /** @description start of the SKU or name */
                q?: string | null;
                barcode?: string | null;
                /** @description sort by one of: category, name, sku, updated_at (default sku asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the `next_after` of the page before: a SKU by SKU, a cursor when `sort` or `order` is given */
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
                    "application/json": components["schemas"]["ItemPage"];
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
    register_item_items_post: {
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
                "application/json": components["schemas"]["RegisterItemBody"];
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
    get_item_items__sku__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
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
                    "application/json": components["schemas"]["ItemView"];
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
    update_item_items__sku__update_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateItemBody"];
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
    list_rules_reorder_rules_get: {
        parameters: {
            query?: {
                warehouse?: string | null;
                sku?: string | null;
                /** @description sort by one of: alert_since, max_quantity, min_quantity, sku, updated_at, warehouse (default warehouse asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleView"][];
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
    set_rule_reorder_rules_post: {
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
                "application/json": components["schemas"]["SetRuleBody"];
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
    get_rule_reorder_rules__sku___warehouse__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
                warehouse: string;
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
                    "application/json": components["schemas"]["RuleView"];
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
    remove_rule_reorder_rules__sku___warehouse__remove_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                sku: string;
                warehouse: string;
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
    reserve_reservations_post: {
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
                "application/json": components["schemas"]["ReserveBody"];
            };
        };
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
    release_reservations__order_id__release_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseBody"];
            };
        };
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
    list_stock_stock_get: {
        parameters: {
            query?: {
                sku?: string | null;
                warehouse?: string | null;
                /** @description positions of this category's items */
                category?: string | null;
                after_sku?: string | null;
                after_warehouse?: string | null;
                /** @description sort by one of: in_transit, on_hand, reserved, sku, updated_at, value, warehouse (default sku asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
                after?: string | null;
                limit?: number;
                /** @description wait until inventory has consumed this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
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
                    "application/json": components["schemas"]["StockLevel"][];
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
    list_counts_stock_counts_get: {
        parameters: {
            query?: {
                warehouse?: string | null;
                status?: ("open" | "closed" | "cancelled") | null;
                /** @description sort by one of: closed_at, lines_counted, opened_at, status, warehouse (default opened_at desc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountSummary"][];
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
    open_count_stock_counts_post: {
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
                "application/json": components["schemas"]["OpenCountBody"];
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
    get_count_stock_counts__count_id__get: {
        parameters: {
            query?: {
                /** @description lines per page */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                count_id: string;
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
                    "application/json": components["schemas"]["CountView"];
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
    cancel_count_stock_counts__count_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                count_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["jxc__inventory__api__stock_counts__CancelBody"] | null;
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
    close_count_stock_counts__count_id__close_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                count_id: string;
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
                    "application/json": components["schemas"]["CloseAnswer"];
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
    record_lines_stock_counts__count_id__lines_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                count_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordLinesBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordAnswer"];
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
    stock_valuation_stock_valuation_get: {
        parameters: {
            query: {
                at: string;
                warehouse?: string | null;
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
                    "application/json": components["schemas"]["StockValuation"];
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
    stock_value_stock_value_get: {
        parameters: {
            query?: {
                /** @description wait until inventory has consumed this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
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
                    "application/json": components["schemas"]["WarehouseValue"][];
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
    stock_level_stock__sku___warehouse__get: {
        parameters: {
            query?: {
                /** @description wait until inventory has consumed this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                sku: string;
                warehouse: string;
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
                    "application/json": components["schemas"]["StockLevel"];
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
    adjust_stock__sku___warehouse__adjustments_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                sku: string;
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustBody"];
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
    stock_as_of_stock__sku___warehouse__as_of_get: {
        parameters: {
            query: {
                at: string;
            };
            header?: never;
            path: {
                sku: string;
                warehouse: string;
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
                    "application/json": components["schemas"]["StockAsOf"];
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
    correct_cost_stock__sku___warehouse__cost_corrections_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                sku: string;
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CostCorrectionBody"];
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
    detail_stock__sku___warehouse__detail_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
                warehouse: string;
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
    issue_stock__sku___warehouse__issues_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                sku: string;
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueBody"];
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
    ledger_stock__sku___warehouse__ledger_get: {
        parameters: {
            query?: {
                /** @description still understood: the lines after this id, oldest first */
                after_id?: number;
                /** @description sort by one of: id, occurred_at (default id asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
                after?: string | null;
                limit?: number;
                /** @description wait until inventory has consumed this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                sku: string;
                warehouse: string;
            };
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
                    "application/json": components["schemas"]["LedgerLine"][];
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
    list_transfers_transfers_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["TransferStatus"] | null;
                /** @description source or destination */
                warehouse?: string | null;
                sku?: string | null;
                /** @description sort by one of: from_warehouse, requested_at, status, to_warehouse, updated_at (default requested_at desc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"][];
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
    request_transfer_transfers_post: {
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
                "application/json": components["schemas"]["RequestBody"];
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
    get_transfer_transfers__transfer_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transfer_id: string;
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
                    "application/json": components["schemas"]["TransferView"];
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
    cancel_transfers__transfer_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                transfer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["jxc__inventory__api__transfers__CancelBody"];
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
    close_transfers__transfer_id__close_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                transfer_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CloseBody"] | null;
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
    dispatch_transfers__transfer_id__dispatch_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                transfer_id: string;
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
    receive_transfers__transfer_id__receive_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                transfer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveBody"];
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
    list_warehouses_warehouses_get: {
        parameters: {
            query?: {
                /** @description code or name holding this (any case) */
                holding?: string | null;
                /** @description sort by one of: code, name (default code asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
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
                    /** @description the next page's `after`; absent on the last page */
                    "X-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseSummary"][];
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
    register_warehouse_warehouses_post: {
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
                "application/json": components["schemas"]["RegisterWarehouseBody"];
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
    get_warehouse_warehouses__code__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["WarehouseView"];
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
    add_location_warehouses__code__locations_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddLocationBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationAnswer"];
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
    update_warehouse_warehouses__code__update_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWarehouseBody"];
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
}
