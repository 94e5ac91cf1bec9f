// Generated from web/openapi/sales.json by scripts/gen-api.mjs. Do not edit.
export interface paths {
    "/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Backorders
         * @description Backordered lines by order number and line; with `sort` (and `order`) in the
         *     order asked, the `next` of each page then a cursor of that sort.
         */
        get: operations["list_backorders_backorders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Carriers */
        get: operations["list_carriers_carriers_get"];
        put?: never;
        /** Register Carrier */
        post: operations["register_carrier_carriers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers/{carrier_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Carrier */
        get: operations["get_carrier_carriers__carrier_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers/{carrier_id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quote Freight */
        get: operations["quote_freight_carriers__carrier_id__quote_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers/{carrier_id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Carrier Service */
        post: operations["add_carrier_service_carriers__carrier_id__services_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers/{carrier_id}/services/{service}/rate-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set Rate Card */
        post: operations["set_rate_card_carriers__carrier_id__services__service__rate_card_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/carriers/{carrier_id}/tracking-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Carrier Tracking
         * @description For carrier integrations that know their tracking number, not our shipment id; the
         *     same carrier event sent again records nothing.
         */
        post: operations["record_carrier_tracking_carriers__carrier_id__tracking_updates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/items/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Sales Catalog Item */
        get: operations["get_sales_catalog_item_catalog_items__sku__get"];
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
    "/coupons/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Coupon */
        get: operations["get_coupon_coupons__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Returns
         * @description The returns by id (oldest first); with `sort` (and `order`) in the order asked, the
         *     `next` of each page then a cursor of that sort.
         */
        get: operations["list_returns_customer_returns_get"];
        put?: never;
        /** Request Return */
        post: operations["request_return_customer_returns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Return */
        get: operations["get_return_customer_returns__return_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve Return */
        post: operations["approve_return_customer_returns__return_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Return
         * @description Replace what came back instead of refunding it: records sales.ReturnExchanged, which
         *     asks for a replacement order with these lines (placed by the order aggregate).
         */
        post: operations["exchange_return_customer_returns__return_id__exchange_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Return
         * @description The goods arrived and were inspected: what came back of each line and where it goes
         *     (restock, scrap, return_to_supplier). The user must be scoped to the warehouses the
         *     goods come back to.
         */
        post: operations["receive_return_customer_returns__return_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Return
         * @description Refund what came back, at the price paid, with a credit note
         *     (sales.CreditNoteIssued).
         */
        post: operations["refund_return_customer_returns__return_id__refund_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-returns/{return_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse Return */
        post: operations["refuse_return_customer_returns__return_id__refuse_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Sales Customer */
        get: operations["get_sales_customer_customers__customer_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delivery-performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery Performance
         * @description Promised vs actual delivery: per carrier and warehouse, the shipments delivered, on
         *     time (on or before the promised date), late, without a promise, and the on-time %
         *     of those with a promise.
         */
        get: operations["delivery_performance_delivery_performance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand-forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Demand Forecasts */
        get: operations["list_demand_forecasts_demand_forecasts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand-forecasts/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute Demand Forecasts
         * @description Forecast every SKU x warehouse with sales (or the one named) from the weeks before
         *     this one; a forecast that changed is recorded and published (sales.DemandForecasted).
         */
        post: operations["recompute_demand_forecasts_demand_forecasts_recompute_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demand-forecasts/{sku}/{warehouse}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Demand Forecast */
        get: operations["get_demand_forecast_demand_forecasts__sku___warehouse__get"];
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
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invoices
         * @description The invoices by id (issue order); with `sort` (and `order`) in the order asked, the
         *     `next` of each page then a cursor of that sort.
         */
        get: operations["list_invoices_invoices_get"];
        put?: never;
        /**
         * Issue Invoice
         * @description The invoice of a dispatched shipment (or of an all-dispatched order, per the
         *     setting), if the policy has not issued it yet (409 when it has).
         */
        post: operations["issue_invoice_invoices_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Invoice */
        get: operations["get_invoice_invoices__invoice_id__get"];
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
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Orders
         * @description Orders by number; with `sort` (and `order`) in the order asked, the `next` of each
         *     page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_orders_orders_get"];
        put?: never;
        /** Place Order */
        post: operations["place_order_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Order */
        get: operations["get_order_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Order */
        post: operations["cancel_order_orders__order_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close Order */
        post: operations["close_order_orders__order_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm Order */
        post: operations["confirm_order_orders__order_id__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/refuse-credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse Credit */
        post: operations["refuse_credit_orders__order_id__refuse_credit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/release-credit-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release Credit Hold */
        post: operations["release_credit_hold_orders__order_id__release_credit_hold_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Price Lists
         * @description The price lists, newest first, with the number of their prices; with `sort` (and
         *     `order`) in the order asked, the `next` of each page then a cursor of that sort.
         */
        get: operations["list_price_lists_price_lists_get"];
        put?: never;
        /** Define Price List */
        post: operations["define_price_list_price_lists_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-lists/{price_list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Price List */
        get: operations["get_price_list_price_lists__price_list_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-lists/{price_list_id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise Price List */
        post: operations["revise_price_list_price_lists__price_list_id__revise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Quotations
         * @description The quotations, newest first; status as of today. With `sort` (and `order`) in
         *     the order asked, the `next` of each page then a cursor of that sort.
         */
        get: operations["list_quotations_quotations_get"];
        put?: never;
        /** Create Quotation */
        post: operations["create_quotation_quotations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotations/{quotation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Quotation */
        get: operations["get_quotation_quotations__quotation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotations/{quotation_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept Quotation */
        post: operations["accept_quotation_quotations__quotation_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotations/{quotation_id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert Quotation */
        post: operations["convert_quotation_quotations__quotation_id__convert_post"];
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
    "/returnable-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returnable Lines
         * @description What of an order was shipped, what its returns claim, and what may still be
         *     returned, at the price paid for one unit.
         */
        get: operations["returnable_lines_returnable_lines_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales Summary */
        get: operations["sales_summary_sales_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sales Targets
         * @description Targets by period, dimension and subject, with what was sold against them; with
         *     `sort` (and `order`) in the order asked, the `next` of each page then a cursor.
         */
        get: operations["list_sales_targets_sales_targets_get"];
        put?: never;
        /** Set Sales Target */
        post: operations["set_sales_target_sales_targets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-targets/{target_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Sales Target */
        get: operations["get_sales_target_sales_targets__target_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Shipments
         * @description The shipments by id (creation order); with `sort` (and `order`) in the order
         *     asked, the `next` of each page then a cursor of that sort.
         */
        get: operations["list_shipments_shipments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Shipment */
        get: operations["get_shipment_shipments__shipment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Shipment */
        post: operations["cancel_shipment_shipments__shipment_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver Shipment
         * @description Proof of delivery: who signed and when (sales.OrderDelivered).
         */
        post: operations["deliver_shipment_shipments__shipment_id__deliver_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispatch Shipment */
        post: operations["dispatch_shipment_shipments__shipment_id__dispatch_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pack Shipment */
        post: operations["pack_shipment_shipments__shipment_id__pack_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/pick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pick Shipment */
        post: operations["pick_shipment_shipments__shipment_id__pick_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/pick-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pick List */
        get: operations["pick_list_shipments__shipment_id__pick_list_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipment_id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tracking History */
        get: operations["tracking_history_shipments__shipment_id__tracking_get"];
        put?: never;
        /**
         * Record Tracking
         * @description For carrier integrations: the same carrier event sent again records nothing.
         */
        post: operations["record_tracking_shipments__shipment_id__tracking_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipping-orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipping Order
         * @description An order as logistics sees it: per line, what inventory reserved (only that ships)
         *     and what is on shipments already.
         */
        get: operations["shipping_order_shipping_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vat-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vat Rates */
        get: operations["vat_rates_vat_rates_get"];
        put?: never;
        /** Set Vat Rate */
        post: operations["set_vat_rate_vat_rates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{warehouse}/delivery-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run Sheet
         * @description The run sheet: each vehicle's run with its stops in order, and what was left out.
         */
        get: operations["run_sheet_warehouses__warehouse__delivery_runs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{warehouse}/delivery-runs/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan Delivery Runs
         * @description Group the day's shipments dispatched with our own fleet into one run per vehicle
         *     within its capacity, each run's stops in a short order; what cannot go is named.
         */
        post: operations["plan_delivery_runs_warehouses__warehouse__delivery_runs_plan_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{warehouse}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Shipment */
        post: operations["create_shipment_warehouses__warehouse__shipments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouses/{warehouse}/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Vehicles */
        get: operations["list_vehicles_warehouses__warehouse__vehicles_get"];
        put?: never;
        /** Register Vehicle */
        post: operations["register_vehicle_warehouses__warehouse__vehicles_post"];
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
        /** ApproveBody */
        ApproveBody: {
            /** Note */
            note?: string | null;
        };
        /** BracketBody */
        BracketBody: {
            /** Price */
            price: number | string;
            /**
             * Up To Kg
             * @description kilograms
             */
            up_to_kg: number | string;
        };
        /** CancelBody */
        CancelBody: {
            /** Reason */
            reason: string;
        };
        /** CarrierTrackBody */
        CarrierTrackBody: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Carrier Event Id */
            carrier_event_id: string;
            /** Location */
            location?: string | null;
            /** Note */
            note?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
            /** Tracking Number */
            tracking_number: string;
        };
        /** ConvertQuotationBody */
        ConvertQuotationBody: {
            /** Order Id */
            order_id?: string | null;
            /** Promised On */
            promised_on?: string | null;
            /** Ship To */
            ship_to?: string | null;
        };
        /** CreateQuotationBody */
        CreateQuotationBody: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Lines */
            lines: components["schemas"]["OrderLineBody"][];
            /** Quotation Id */
            quotation_id?: string | null;
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
        };
        /** CreateShipmentBody */
        CreateShipmentBody: {
            /**
             * Lines
             * @description what to ship; all that is reserved here when left out
             */
            lines?: components["schemas"]["WantedLine"][] | null;
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /** Shipment Id */
            shipment_id?: string | null;
        };
        /** DefinePriceListBody */
        DefinePriceListBody: {
            /** Code */
            code: string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Customer Group */
            customer_group: string;
            /** Price List Id */
            price_list_id?: string | null;
            /** Prices */
            prices: components["schemas"]["PriceBody"][];
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Valid Until */
            valid_until?: string | null;
        };
        /** DeliverBody */
        DeliverBody: {
            /**
             * Delivered At
             * @description now when left out
             */
            delivered_at?: string | null;
            /** Signed By */
            signed_by?: string | null;
        };
        /**
         * Dimension
         * @enum {string}
         */
        Dimension: "salesperson" | "team" | "category" | "warehouse";
        /** DispatchBody */
        DispatchBody: {
            /**
             * Carrier Id
             * Format: uuid
             */
            carrier_id: string;
            /**
             * Currency
             * @description of freight_cost
             */
            currency?: string | null;
            /**
             * Dispatched On
             * @description today when left out
             */
            dispatched_on?: string | null;
            /**
             * Freight Cost
             * @description instead of the rate card's price
             */
            freight_cost?: number | string | null;
            /** Service */
            service: string;
            /** Tracking Number */
            tracking_number?: string | null;
        };
        /** ExchangeBody */
        ExchangeBody: {
            /**
             * Replacement Order Id
             * @description the id the replacement order is to have (made up when not given)
             */
            replacement_order_id?: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** InspectionBody */
        InspectionBody: {
            /**
             * Disposition
             * @enum {string}
             */
            disposition: "restock" | "scrap" | "return_to_supplier";
            /** Line No */
            line_no: number;
            /** Quantity */
            quantity: number | string;
        };
        /** IssueBody */
        IssueBody: {
            /** Order Id */
            order_id?: string | null;
            /** Shipment Id */
            shipment_id?: string | null;
        };
        /** NoteBody */
        NoteBody: {
            /** Note */
            note?: string | null;
        };
        /** OrderLineBody */
        OrderLineBody: {
            /**
             * Discount Percent
             * @description a fraction: "0.05" is 5 %
             * @default 0
             */
            discount_percent: number | string;
            /**
             * Quantity
             * @description a decimal, e.g. "12.5"
             */
            quantity: number | string;
            /** Sku */
            sku: string;
            /** Unit Price */
            unit_price?: (number | string) | null;
            /** Warehouse */
            warehouse: string;
        };
        /** PackBody */
        PackBody: {
            /** Parcels */
            parcels: components["schemas"]["ParcelBody"][];
        };
        /** ParcelBody */
        ParcelBody: {
            /**
             * Volume M3
             * @description cubic metres
             */
            volume_m3: number | string;
            /**
             * Weight Kg
             * @description kilograms
             */
            weight_kg: number | string;
        };
        /** PlaceOrderBody */
        PlaceOrderBody: {
            /** Coupon Code */
            coupon_code?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Lines */
            lines: components["schemas"]["OrderLineBody"][];
            /**
             * Order Discount Percent
             * @description a fraction: "0.05" is 5 %
             * @default 0
             */
            order_discount_percent: number | string;
            /** Order Id */
            order_id?: string | null;
            /** Promised On */
            promised_on?: string | null;
            /** Ship To */
            ship_to?: string | null;
            /** Voucher Code */
            voucher_code?: string | null;
        };
        /** PlanBody */
        PlanBody: {
            /**
             * Day
             * Format: date
             * @description the day the shipments were dispatched
             */
            day: string;
        };
        /** PriceBody */
        PriceBody: {
            /**
             * Min Quantity
             * @description from this quantity on; 0: base price
             * @default 0
             */
            min_quantity: number | string;
            /** Sku */
            sku: string;
            /** Unit Price */
            unit_price: number | string;
        };
        /** RateCardBody */
        RateCardBody: {
            /** Zones */
            zones: components["schemas"]["ZoneBody"][];
        };
        /** ReasonBody */
        ReasonBody: {
            /** Reason */
            reason: string;
        };
        /** ReceiveBody */
        ReceiveBody: {
            /** Lines */
            lines: components["schemas"]["InspectionBody"][];
        };
        /** RecomputeBody */
        RecomputeBody: {
            /** Sku */
            sku?: string | null;
            /** Warehouse */
            warehouse?: string | null;
        };
        /** Recomputed */
        Recomputed: {
            /** Event Ids */
            event_ids: string[];
            /** First Week */
            first_week: string;
            /** Methods */
            methods: {
                [key: string]: number;
            };
            /** Recorded */
            recorded: number;
            /**
             * Run Id
             * Format: uuid
             */
            run_id: string;
            /** Series */
            series: number;
        };
        /** RefundBody */
        RefundBody: {
            /**
             * Tax Rate
             * @description VAT as a fraction: 0.13 is 13 %
             * @default 0.13
             */
            tax_rate: number | string;
        };
        /** RefuseBody */
        RefuseBody: {
            /** Reason */
            reason: string;
        };
        /** RegisterCarrierBody */
        RegisterCarrierBody: {
            /** Carrier Id */
            carrier_id?: string | null;
            /** Code */
            code: string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Name */
            name: string;
            /**
             * Own Fleet
             * @description our own vehicles (delivery runs)
             * @default false
             */
            own_fleet: boolean;
            /** Services */
            services?: components["schemas"]["ServiceBody"][];
        };
        /** RequestReturnBody */
        RequestReturnBody: {
            /** Lines */
            lines: components["schemas"]["WantedLineBody"][];
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            /** Reason */
            reason: string;
            /** Return Id */
            return_id?: string | null;
        };
        /**
         * ReturnStatus
         * @enum {string}
         */
        ReturnStatus: "new" | "requested" | "approved" | "refused" | "received" | "refunded" | "exchanged";
        /** RevisePriceListBody */
        RevisePriceListBody: {
            /** Prices */
            prices: components["schemas"]["PriceBody"][];
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Valid Until */
            valid_until?: string | null;
        };
        /** ServiceBody */
        ServiceBody: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** SetTargetBody */
        SetTargetBody: {
            /**
             * Amount
             * @description net of discounts and tax
             */
            amount: number | string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            dimension: components["schemas"]["Dimension"];
            /**
             * Members
             * @description a team's salespeople
             */
            members?: string[];
            /**
             * Period
             * @description 2026, 2026-Q4 or 2026-11
             */
            period: string;
            /** Quantity */
            quantity?: number | string | null;
            /**
             * Subject
             * @description the salesperson, team, category or warehouse
             */
            subject: string;
        };
        /**
         * ShipmentStatus
         * @enum {string}
         */
        ShipmentStatus: "none" | "created" | "picked" | "packed" | "dispatched" | "in_transit" | "out_for_delivery" | "exception" | "delivered" | "cancelled";
        /** TrackBody */
        TrackBody: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Carrier Event Id */
            carrier_event_id: string;
            /** Location */
            location?: string | null;
            /** Note */
            note?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
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
        /** VatRateBody */
        VatRateBody: {
            /**
             * Category
             * @description the default rate when left out
             */
            category?: string | null;
            /**
             * Rate
             * @description a fraction: 0.13 is 13 %
             */
            rate: number | string;
        };
        /** VehicleBody */
        VehicleBody: {
            /** Depot Latitude */
            depot_latitude: number | string;
            /** Depot Longitude */
            depot_longitude: number | string;
            /**
             * Max Volume M3
             * @description cubic metres
             */
            max_volume_m3: number | string;
            /**
             * Max Weight Kg
             * @description kilograms
             */
            max_weight_kg: number | string;
            /** Name */
            name: string;
            /** Vehicle */
            vehicle: string;
        };
        /** WantedLine */
        WantedLine: {
            /** Line No */
            line_no: number;
            /** Quantity */
            quantity: number | string;
        };
        /** WantedLineBody */
        WantedLineBody: {
            /**
             * Line No
             * @description the order's line
             */
            line_no: number;
            /** Quantity */
            quantity: number | string;
        };
        /** ZoneBody */
        ZoneBody: {
            /** Brackets */
            brackets: components["schemas"]["BracketBody"][];
            /**
             * Destinations
             * @description cities or ISO country codes; * for all
             */
            destinations: string[];
            /** Zone */
            zone: string;
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
    list_backorders_backorders_get: {
        parameters: {
            query?: {
                customer_id?: string | null;
                sku?: string | null;
                warehouse?: string | null;
                /** @description the `next` of the page before (ORDER_NO/LINE; with `sort`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: order_no, position, promised_on, sku, taken_on (default order_no asc); ties by the list's key */
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
    list_carriers_carriers_get: {
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
                    };
                };
            };
        };
    };
    register_carrier_carriers_post: {
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
                "application/json": components["schemas"]["RegisterCarrierBody"];
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
    get_carrier_carriers__carrier_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                carrier_id: string;
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
    quote_freight_carriers__carrier_id__quote_get: {
        parameters: {
            query: {
                service: string;
                /** @description kilograms */
                weight_kg: number | string;
                city?: string | null;
                country?: string | null;
            };
            header?: never;
            path: {
                carrier_id: string;
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
    add_carrier_service_carriers__carrier_id__services_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                carrier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceBody"];
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
    set_rate_card_carriers__carrier_id__services__service__rate_card_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                carrier_id: string;
                service: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCardBody"];
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
    record_carrier_tracking_carriers__carrier_id__tracking_updates_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                carrier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarrierTrackBody"];
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
    get_sales_catalog_item_catalog_items__sku__get: {
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
    get_coupon_coupons__code__get: {
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
    list_returns_customer_returns_get: {
        parameters: {
            query?: {
                order_id?: string | null;
                customer_id?: string | null;
                status?: components["schemas"]["ReturnStatus"] | null;
                /** @description the `next` of the page before (with `sort`/`order`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: customer_id, requested_at, status, updated_at (default requested_at asc); ties by the list's key */
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
    request_return_customer_returns_post: {
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
                "application/json": components["schemas"]["RequestReturnBody"];
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
    get_return_customer_returns__return_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                return_id: string;
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
    approve_return_customer_returns__return_id__approve_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                return_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveBody"];
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
    exchange_return_customer_returns__return_id__exchange_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                return_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeBody"];
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
    receive_return_customer_returns__return_id__receive_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                return_id: string;
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
    refund_return_customer_returns__return_id__refund_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                return_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundBody"];
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
    refuse_return_customer_returns__return_id__refuse_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                return_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseBody"];
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
    get_sales_customer_customers__customer_id__get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                customer_id: string;
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
    delivery_performance_delivery_performance_get: {
        parameters: {
            query?: {
                /** @description carrier code */
                carrier?: string | null;
                warehouse?: string | null;
                /** @description delivered on or after */
                from?: string | null;
                /** @description delivered on or before */
                to?: string | null;
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
    list_demand_forecasts_demand_forecasts_get: {
        parameters: {
            query?: {
                sku?: string | null;
                warehouse?: string | null;
                /** @description e.g. holt_winters, seasonal_naive */
                method?: string | null;
                /** @description the `next` of the page before */
                after?: string | null;
                /** @description at most this many items */
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
    recompute_demand_forecasts_demand_forecasts_recompute_post: {
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
                "application/json": components["schemas"]["RecomputeBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recomputed"];
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
    get_demand_forecast_demand_forecasts__sku___warehouse__get: {
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
    list_invoices_invoices_get: {
        parameters: {
            query?: {
                order_id?: string | null;
                customer_id?: string | null;
                /** @description the `next` of the page before (with `sort`/`order`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: customer_id, due_on, gross_total, invoice_no, issued_on (default invoice_no asc); ties by the list's key */
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
    issue_invoice_invoices_post: {
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
    get_invoice_invoices__invoice_id__get: {
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
    list_orders_orders_get: {
        parameters: {
            query?: {
                /** @description orders of this customer */
                customer_id?: string | null;
                /** @description orders with a line of this SKU */
                sku?: string | null;
                /** @description with a line from it */
                warehouse?: string | null;
                /** @description e.g. reserved, shipped */
                status?: string | null;
                /** @description taken on or after */
                taken_from?: string | null;
                /** @description taken on or before */
                taken_to?: string | null;
                /** @description the `next` of the page before */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: order_no, promised_on, status, taken_on, total, updated_at (default order_no asc); ties by the list's key */
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
    place_order_orders_post: {
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
                "application/json": components["schemas"]["PlaceOrderBody"];
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
    get_order_orders__order_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
    cancel_order_orders__order_id__cancel_post: {
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
                "application/json": components["schemas"]["ReasonBody"];
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
    close_order_orders__order_id__close_post: {
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
    confirm_order_orders__order_id__confirm_post: {
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
    refuse_credit_orders__order_id__refuse_credit_post: {
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
                "application/json": components["schemas"]["ReasonBody"];
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
    release_credit_hold_orders__order_id__release_credit_hold_post: {
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
                "application/json": components["schemas"]["NoteBody"];
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
    list_price_lists_price_lists_get: {
        parameters: {
            query?: {
                /** @description in the code, any case */
                code?: string | null;
                /** @description of this customer group */
                customer_group?: string | null;
                /** @description in it */
                currency?: string | null;
                /** @description pricing this SKU */
                sku?: string | null;
                /** @description valid on this day */
                valid_on?: string | null;
                /** @description the `next` of the page before (with `sort`/`order`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: changed_at, code, customer_group, valid_from, valid_until (default code asc); ties by the list's key */
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
    define_price_list_price_lists_post: {
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
                "application/json": components["schemas"]["DefinePriceListBody"];
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
    get_price_list_price_lists__price_list_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_list_id: string;
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
    revise_price_list_price_lists__price_list_id__revise_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisePriceListBody"];
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
    list_quotations_quotations_get: {
        parameters: {
            query?: {
                /** @description of this customer */
                customer_id?: string | null;
                status?: ("open" | "accepted" | "expired" | "converted") | null;
                /** @description the `next` of the page before (with `sort`/`order`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: created_on, customer_id, status, total, valid_until (default created_on desc); ties by the list's key */
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
    create_quotation_quotations_post: {
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
                "application/json": components["schemas"]["CreateQuotationBody"];
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
    get_quotation_quotations__quotation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quotation_id: string;
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
    accept_quotation_quotations__quotation_id__accept_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                quotation_id: string;
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
    convert_quotation_quotations__quotation_id__convert_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                quotation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertQuotationBody"];
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
    returnable_lines_returnable_lines_get: {
        parameters: {
            query: {
                order_id: string;
                /** @description wait until this event of the order has been seen */
                wait_for_event?: string | null;
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
    sales_summary_sales_summary_get: {
        parameters: {
            query: {
                /** @description what the sales are summed by */
                by: "month" | "week" | "sku" | "customer" | "warehouse" | "salesperson" | "category";
                /** @description sales in this currency */
                currency: string;
                /** @description from this day on */
                since?: string | null;
                /** @description up to this day, included */
                until?: string | null;
                sku?: string | null;
                warehouse?: string | null;
                customer_id?: string | null;
                salesperson?: string | null;
                category?: string | null;
                /** @description the `next` of the page before */
                after?: string | null;
                /** @description at most this many items */
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
    list_sales_targets_sales_targets_get: {
        parameters: {
            query?: {
                dimension?: components["schemas"]["Dimension"] | null;
                subject?: string | null;
                period?: string | null;
                /** @description the `next` of the page before (with `sort`: the cursor it gave) */
                after?: string | null;
                /** @description at most this many items */
                limit?: number;
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
                /** @description sort by one of: amount, dimension, period, subject, updated_at (default period asc); ties by the list's key */
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
    set_sales_target_sales_targets_post: {
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
                "application/json": components["schemas"]["SetTargetBody"];
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
    get_sales_target_sales_targets__target_id__get: {
        parameters: {
            query?: {
                /** @description break what was sold down by this */
                by?: ("month" | "week" | "sku" | "customer" | "warehouse" | "salesperson" | "category") | null;
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                target_id: string;
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
    list_shipments_shipments_get: {
        parameters: {
            query?: {
                order_id?: string | null;
                warehouse?: string | null;
                status?: components["schemas"]["ShipmentStatus"] | null;
                /** @description carrier code */
                carrier?: string | null;
                dispatched_on?: string | null;
                /** @description the `next` of the page before (with `sort`/`order`: the cursor it gave) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: created_at, delivered_on, dispatched_on, promised_on, status, value (default created_at asc); ties by the list's key */
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
    get_shipment_shipments__shipment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shipment_id: string;
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
    cancel_shipment_shipments__shipment_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
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
    deliver_shipment_shipments__shipment_id__deliver_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverBody"];
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
    dispatch_shipment_shipments__shipment_id__dispatch_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchBody"];
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
    pack_shipment_shipments__shipment_id__pack_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackBody"];
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
    pick_shipment_shipments__shipment_id__pick_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
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
    pick_list_shipments__shipment_id__pick_list_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shipment_id: string;
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
    tracking_history_shipments__shipment_id__tracking_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shipment_id: string;
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
    record_tracking_shipments__shipment_id__tracking_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                shipment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackBody"];
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
    shipping_order_shipping_orders__order_id__get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                order_id: string;
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
    vat_rates_vat_rates_get: {
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
                    };
                };
            };
        };
    };
    set_vat_rate_vat_rates_post: {
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
                "application/json": components["schemas"]["VatRateBody"];
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
    run_sheet_warehouses__warehouse__delivery_runs_get: {
        parameters: {
            query: {
                /** @description the delivery day */
                day: string;
            };
            header?: never;
            path: {
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
    plan_delivery_runs_warehouses__warehouse__delivery_runs_plan_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanBody"];
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
    create_shipment_warehouses__warehouse__shipments_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipmentBody"];
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
    list_vehicles_warehouses__warehouse__vehicles_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
    register_vehicle_warehouses__warehouse__vehicles_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                warehouse: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VehicleBody"];
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
}
