// Generated from web/openapi/purchasing.json by scripts/gen-api.mjs. Do not edit.
export interface paths {
    "/catalog/items/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Catalog Item */
        get: operations["get_catalog_item_catalog_items__sku__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/warehouses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Catalog Warehouse */
        get: operations["get_catalog_warehouse_catalog_warehouses__code__get"];
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
    "/late-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Late Deliveries
         * @description Lines of orders sent to their suppliers (or partly received) whose expected date
         *     is before `on`, with less accepted than ordered; the most overdue first unless sorted
         *     otherwise (days_late, expected_date, supplier_name); the next page
         *     starts at the X-Next-Cursor header's `after` (with the same `on`).
         */
        get: operations["late_deliveries_late_deliveries_get"];
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
    "/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Purchase Orders
         * @description A page of orders, oldest first unless sorted otherwise.
         */
        get: operations["list_purchase_orders_purchase_orders_get"];
        put?: never;
        /** Create Purchase Order */
        post: operations["create_purchase_order_purchase_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Order
         * @description The order, its number (`po_no`), its supplier's code and name and each line's
         *     warehouse name (None where not known).
         */
        get: operations["get_purchase_order_purchase_orders__purchase_order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Purchase Order
         * @description Approve as the authenticated user; above the second-approval threshold the second
         *     approval must come from a different user.
         */
        post: operations["approve_purchase_order_purchase_orders__purchase_order_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Purchase Order */
        post: operations["cancel_purchase_order_purchase_orders__purchase_order_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise Supplier Claim */
        post: operations["raise_supplier_claim_purchase_orders__purchase_order_id__claims_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close Purchase Order */
        post: operations["close_purchase_order_purchase_orders__purchase_order_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Order History
         * @description The order's status history: each event with when, who and the status after it.
         */
        get: operations["get_purchase_order_history_purchase_orders__purchase_order_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record Goods Receipt */
        post: operations["record_goods_receipt_purchase_orders__purchase_order_id__receipts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject Purchase Order
         * @description Send a submitted order back to the buyer as a draft, with the reason (as the
         *     authenticated user).
         */
        post: operations["reject_purchase_order_purchase_orders__purchase_order_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship Purchase Return */
        post: operations["ship_purchase_return_purchase_orders__purchase_order_id__returns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send Purchase Order */
        post: operations["send_purchase_order_purchase_orders__purchase_order_id__send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-orders/{purchase_order_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit Purchase Order
         * @description Submit as the authenticated user (no body, like approve).
         */
        post: operations["submit_purchase_order_purchase_orders__purchase_order_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Plan
         * @description A page of suggestions, the oldest detected first unless sorted otherwise.
         */
        get: operations["get_purchase_plan_purchase_plan_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchase-plan/{suggestion_id}/draft-po": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft Purchase Order */
        post: operations["draft_purchase_order_purchase_plan__suggestion_id__draft_po_post"];
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
    "/supplier-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Supplier Invoices
         * @description A page of invoices, the oldest recorded first unless sorted otherwise.
         */
        get: operations["list_supplier_invoices_supplier_invoices_get"];
        put?: never;
        /** Record Supplier Invoice */
        post: operations["record_supplier_invoice_supplier_invoices_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier-invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Supplier Invoice */
        get: operations["get_supplier_invoice_supplier_invoices__invoice_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier-invoices/{invoice_id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match Supplier Invoice */
        post: operations["match_supplier_invoice_supplier_invoices__invoice_id__match_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier-invoices/{invoice_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release Supplier Invoice */
        post: operations["release_supplier_invoice_supplier_invoices__invoice_id__release_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Suppliers
         * @description Suppliers by code unless sorted otherwise (status: the active before the blocked
         *     ascending); the next page starts at the X-Next-Cursor header's `after`.
         */
        get: operations["list_suppliers_suppliers_get"];
        put?: never;
        /** Register Supplier */
        post: operations["register_supplier_suppliers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplier_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Supplier */
        get: operations["get_supplier_suppliers__supplier_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplier_id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block Supplier */
        post: operations["block_supplier_suppliers__supplier_id__block_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplier_id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scorecard */
        get: operations["get_scorecard_suppliers__supplier_id__scorecard_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplier_id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock Supplier */
        post: operations["unblock_supplier_suppliers__supplier_id__unblock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplier_id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update Supplier */
        post: operations["update_supplier_suppliers__supplier_id__update_post"];
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
        /** BlockBody */
        BlockBody: {
            /** Reason */
            reason: string;
        };
        /** CancelBody */
        CancelBody: {
            /** Reason */
            reason: string;
        };
        /** ClaimBody */
        ClaimBody: {
            /** Claim Id */
            claim_id?: string | null;
            /** Lines */
            lines: components["schemas"]["ClaimLineBody"][];
        };
        /** ClaimLineBody */
        ClaimLineBody: {
            /**
             * Line No
             * @description the purchase order line
             */
            line_no: number;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /** Reason */
            reason: string;
        };
        /** CloseBody */
        CloseBody: {
            /** Reason */
            reason?: string | null;
        };
        /** CreatePurchaseOrderBody */
        CreatePurchaseOrderBody: {
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Lines */
            lines: components["schemas"]["OrderLineBody"][];
            /** Purchase Order Id */
            purchase_order_id?: string | null;
            /**
             * Supplier Id
             * Format: uuid
             */
            supplier_id: string;
        };
        /** DraftOrderBody */
        DraftOrderBody: {
            /** Expected Date */
            expected_date?: string | null;
            /** Purchase Order Id */
            purchase_order_id?: string | null;
            /**
             * Quantity
             * @description default: the suggested one
             */
            quantity?: (number | string) | null;
            /**
             * Supplier Id
             * Format: uuid
             */
            supplier_id: string;
            /**
             * Unit Price
             * @description default: the supplier's last price for the SKU
             */
            unit_price?: (number | string) | null;
        };
        /** GoodsReceiptBody */
        GoodsReceiptBody: {
            /** Lines */
            lines: components["schemas"]["ReceiptLineBody"][];
            /** Receipt Id */
            receipt_id?: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** InvoiceAnswer */
        InvoiceAnswer: {
            /** Event Ids */
            event_ids: string[];
            /** Hold Reason */
            hold_reason: string | null;
            /** Id */
            id: string;
            status: components["schemas"]["InvoiceStatus"];
            /** Stream Id */
            stream_id: string;
            /** Version */
            version: number;
        };
        /** InvoiceLineBody */
        InvoiceLineBody: {
            /**
             * Line No
             * @description the purchase order line
             */
            line_no: number;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /**
             * Tax Rate
             * @description the VAT rate the invoice states, 0.13 for 13 %
             */
            tax_rate?: number | string | null;
            /**
             * Unit Price
             * @description a decimal, e.g. "12.5"
             */
            unit_price: number | string;
        };
        /**
         * InvoiceStatus
         * @enum {string}
         */
        InvoiceStatus: "recorded" | "held" | "matched";
        /** LateLine */
        LateLine: {
            /** Accepted */
            accepted: string;
            /** Days Late */
            days_late: number;
            /**
             * Expected Date
             * Format: date
             */
            expected_date: string;
            /** Line No */
            line_no: number;
            /** Ordered */
            ordered: string;
            /** Po No */
            po_no?: number | null;
            /**
             * Purchase Order Id
             * Format: uuid
             */
            purchase_order_id: string;
            /** Sku */
            sku: string;
            /** Status */
            status: string;
            /**
             * Supplier Id
             * Format: uuid
             */
            supplier_id: string;
            /** Supplier Name */
            supplier_name?: string | null;
            /** Unit */
            unit: string;
            /** Warehouse */
            warehouse: string;
        };
        /** OrderLineBody */
        OrderLineBody: {
            /** Expected Date */
            expected_date?: string | null;
            /** Line No */
            line_no: number;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /** Sku */
            sku: string;
            /** Unit */
            unit: string;
            /**
             * Unit Price
             * @description a decimal, e.g. "12.5"
             */
            unit_price: number | string;
            /** Warehouse */
            warehouse: string;
        };
        /**
         * PurchaseOrderStatus
         * @enum {string}
         */
        PurchaseOrderStatus: "draft" | "submitted" | "approved" | "sent" | "partially_received" | "received" | "closed" | "cancelled";
        /** PurchaseReturnBody */
        PurchaseReturnBody: {
            /** Lines */
            lines: components["schemas"]["ReturnLineBody"][];
            /** Return Id */
            return_id?: string | null;
        };
        /** ReceiptLineBody */
        ReceiptLineBody: {
            /**
             * Line No
             * @description the purchase order line
             */
            line_no: number;
            /** Lot */
            lot?: string | null;
            /**
             * Quantity Accepted
             * @description a decimal, e.g. "12.5"
             */
            quantity_accepted: number | string;
            /**
             * Quantity Rejected
             * @description a decimal, e.g. "12.5"
             * @default 0
             */
            quantity_rejected: number | string;
            /** Rejection Reason */
            rejection_reason?: string | null;
        };
        /** RecordInvoiceBody */
        RecordInvoiceBody: {
            /**
             * Currency
             * @description if sent, the order's
             */
            currency?: string | null;
            /**
             * Invoice Date
             * @description default: today (UTC)
             */
            invoice_date?: string | null;
            /** Invoice Id */
            invoice_id?: string | null;
            /** Invoice Number */
            invoice_number: string;
            /** Lines */
            lines: components["schemas"]["InvoiceLineBody"][];
            /**
             * Purchase Order Id
             * Format: uuid
             */
            purchase_order_id: string;
            /**
             * Supplier Id
             * Format: uuid
             */
            supplier_id: string;
        };
        /** RegisterSupplierBody */
        RegisterSupplierBody: {
            /** Code */
            code: string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Email */
            email?: string | null;
            /** Name */
            name: string;
            /**
             * Payment Terms Days
             * @default 30
             */
            payment_terms_days: number;
            /** Supplier Id */
            supplier_id?: string | null;
        };
        /** RejectBody */
        RejectBody: {
            /** Reason */
            reason: string;
        };
        /** ReleaseBody */
        ReleaseBody: {
            /** Reason */
            reason: string;
        };
        /** ReturnLineBody */
        ReturnLineBody: {
            /**
             * Line No
             * @description the purchase order line
             */
            line_no: number;
            /**
             * Location
             * @description where the goods lie in stock, e.g. a quarantine bin
             */
            location?: string | null;
            /** Lot */
            lot?: string | null;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /** Reason */
            reason: string;
            /**
             * Warehouse
             * @description default: the PO line's
             */
            warehouse?: string | null;
        };
        /** SendBody */
        SendBody: {
            /** Sent To */
            sent_to?: string | null;
        };
        /**
         * SuggestionStatus
         * @enum {string}
         */
        SuggestionStatus: "open" | "ordered" | "resolved";
        /** UnblockBody */
        UnblockBody: {
            /** Reason */
            reason: string;
        };
        /**
         * UpdateSupplierBody
         * @description Only the details sent change; an empty email removes it.
         */
        UpdateSupplierBody: {
            /** Email */
            email?: string | null;
            /** Name */
            name?: string | null;
            /** Payment Terms Days */
            payment_terms_days?: number | null;
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
    get_catalog_item_catalog_items__sku__get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
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
    get_catalog_warehouse_catalog_warehouses__code__get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
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
    late_deliveries_late_deliveries_get: {
        parameters: {
            query?: {
                /** @description late on this day; default today */
                on?: string | null;
                /** @description sort by one of: days_late, expected_date, supplier_name (default expected_date asc); ties by the list's key */
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
                    "application/json": components["schemas"]["LateLine"][];
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
    list_purchase_orders_purchase_orders_get: {
        parameters: {
            query?: {
                /** @description repeat for several; default: the open ones (not yet received) */
                status?: components["schemas"]["PurchaseOrderStatus"][] | null;
                supplier_id?: string | null;
                /** @description created on or after this day (UTC) */
                created_from?: string | null;
                /** @description created on or before this day (UTC) */
                created_to?: string | null;
                /** @description sort by one of: created_at, po_no, status, supplier, total, updated_at (default created_at asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; still understood: an order's id, the orders after it oldest first (no sort or order then) */
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
    create_purchase_order_purchase_orders_post: {
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
                "application/json": components["schemas"]["CreatePurchaseOrderBody"];
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
    get_purchase_order_purchase_orders__purchase_order_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                purchase_order_id: string;
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
    approve_purchase_order_purchase_orders__purchase_order_id__approve_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
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
    cancel_purchase_order_purchase_orders__purchase_order_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBody"];
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
    raise_supplier_claim_purchase_orders__purchase_order_id__claims_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimBody"];
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
    close_purchase_order_purchase_orders__purchase_order_id__close_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseBody"];
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
    get_purchase_order_history_purchase_orders__purchase_order_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                purchase_order_id: string;
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
    record_goods_receipt_purchase_orders__purchase_order_id__receipts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoodsReceiptBody"];
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
    reject_purchase_order_purchase_orders__purchase_order_id__reject_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectBody"];
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
    ship_purchase_return_purchase_orders__purchase_order_id__returns_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseReturnBody"];
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
    send_purchase_order_purchase_orders__purchase_order_id__send_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendBody"];
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
    submit_purchase_order_purchase_orders__purchase_order_id__submit_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                purchase_order_id: string;
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
    get_purchase_plan_purchase_plan_get: {
        parameters: {
            query?: {
                /** @description default: open */
                status?: components["schemas"]["SuggestionStatus"] | "all";
                sku?: string | null;
                warehouse?: string | null;
                /** @description sales rate over this many days */
                days?: number | null;
                /** @description sum the demand forecast over this many days */
                lead_time_days?: number | null;
                /** @description sort by one of: available, detected_at, sku, updated_at, warehouse (default detected_at asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; left out: the first page */
                after?: string | null;
                limit?: number;
                /** @description wait (bounded) until the read model has applied this event id */
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
    draft_purchase_order_purchase_plan__suggestion_id__draft_po_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                suggestion_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftOrderBody"];
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
    list_supplier_invoices_supplier_invoices_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["InvoiceStatus"] | null;
                supplier_id?: string | null;
                purchase_order_id?: string | null;
                /** @description sort by one of: due_date, invoice_date, recorded_at, status, total (default recorded_at asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; still understood: an invoice's id, the invoices after it oldest first (no sort or order then) */
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
    record_supplier_invoice_supplier_invoices_post: {
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
                "application/json": components["schemas"]["RecordInvoiceBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceAnswer"];
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
    get_supplier_invoice_supplier_invoices__invoice_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: string;
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
    match_supplier_invoice_supplier_invoices__invoice_id__match_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["InvoiceAnswer"];
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
    release_supplier_invoice_supplier_invoices__invoice_id__release_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                invoice_id: string;
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
                    "application/json": components["schemas"]["InvoiceAnswer"];
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
    list_suppliers_suppliers_get: {
        parameters: {
            query?: {
                /** @description the codes starting with this (any case) */
                code?: string | null;
                /** @description the names holding this (any case) */
                name?: string | null;
                /** @description only the blocked (true) or the active (false) */
                blocked?: boolean | null;
                /** @description sort by one of: code, currency, name, payment_terms_days, status (default code asc); ties by the list's key */
                sort?: string | null;
                /** @description asc or desc; NULLs come last either way */
                order?: ("asc" | "desc") | null;
                /** @description the X-Next-Cursor header of the page before; still understood: a supplier's code, the suppliers after it by code (no sort or order then) */
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
    register_supplier_suppliers_post: {
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
                "application/json": components["schemas"]["RegisterSupplierBody"];
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
    get_supplier_suppliers__supplier_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                supplier_id: string;
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
    block_supplier_suppliers__supplier_id__block_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                supplier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockBody"];
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
    get_scorecard_suppliers__supplier_id__scorecard_get: {
        parameters: {
            query?: {
                /** @description first day, included */
                from?: string | null;
                /** @description last day, included */
                to?: string | null;
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                supplier_id: string;
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
    unblock_supplier_suppliers__supplier_id__unblock_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                supplier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnblockBody"];
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
    update_supplier_suppliers__supplier_id__update_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                supplier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierBody"];
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
