// Generated from web/openapi/crm.json by scripts/gen-api.mjs. Do not edit.
export interface paths {
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Campaigns
         * @description Campaigns by code; with `sort` (and `order`) in the order asked, the `next` of each
         *     page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_campaigns_campaigns_get"];
        put?: never;
        /** Create Campaign */
        post: operations["create_campaign_campaigns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Campaign */
        get: operations["get_campaign_campaigns__campaign_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaign_id}/issue-coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue Coupons */
        post: operations["issue_coupons_campaigns__campaign_id__issue_coupons_post"];
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
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description Customers by code; with `sort` (and `order`) in the order asked, the `next` of each
         *     page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_customers_customers_get"];
        put?: never;
        /** Register Customer */
        post: operations["register_customer_customers_post"];
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
        /** Get Customer */
        get: operations["get_customer_customers__customer_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/credit-limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change Credit Limit */
        post: operations["change_credit_limit_customers__customer_id__credit_limit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/feedback-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Feedback Summary */
        get: operations["get_feedback_summary_customers__customer_id__feedback_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Loyalty
         * @description The account; `wait_for_event`: a sales event (a delivery, a return) to see applied.
         */
        get: operations["get_loyalty_customers__customer_id__loyalty_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/loyalty/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Loyalty Ledger */
        get: operations["get_loyalty_ledger_customers__customer_id__loyalty_ledger_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/loyalty/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem Points */
        post: operations["redeem_points_customers__customer_id__loyalty_redeem_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/purchase-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Purchase History */
        get: operations["get_purchase_history_customers__customer_id__purchase_history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/purchase-history/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Customer Orders */
        get: operations["list_customer_orders_customers__customer_id__purchase_history_orders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/segment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Customer Segment */
        get: operations["get_customer_segment_customers__customer_id__segment_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Update Customer */
        post: operations["update_customer_customers__customer_id__update_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Feedback
         * @description Feedback by when it was opened; with `sort` (and `order`) in the order asked, the
         *     `next` of each page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_feedback_feedback_get"];
        put?: never;
        /** Open Feedback */
        post: operations["open_feedback_feedback_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/{feedback_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Feedback */
        get: operations["get_feedback_feedback__feedback_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/{feedback_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve Feedback */
        post: operations["resolve_feedback_feedback__feedback_id__resolve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback/{feedback_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start Feedback Work */
        post: operations["start_feedback_work_feedback__feedback_id__start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Follow Ups
         * @description Follow-ups by due date; with `sort` (and `order`) in the order asked, the `next`
         *     of each page then a cursor of that sort to pass back as `after` with it.
         */
        get: operations["list_follow_ups_follow_ups_get"];
        put?: never;
        /** Schedule Follow Up */
        post: operations["schedule_follow_up_follow_ups_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/due/{owner}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Due Follow Ups
         * @description The owner's open follow-ups due by `on`: those due before it are overdue.
         */
        get: operations["get_due_follow_ups_follow_ups_due__owner__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{follow_up_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Follow Up */
        get: operations["get_follow_up_follow_ups__follow_up_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{follow_up_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Follow Up */
        post: operations["cancel_follow_up_follow_ups__follow_up_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{follow_up_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete Follow Up */
        post: operations["complete_follow_up_follow_ups__follow_up_id__complete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups/{follow_up_id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reschedule Follow Up */
        post: operations["reschedule_follow_up_follow_ups__follow_up_id__reschedule_post"];
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
    "/loyalty/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Loyalty Members
         * @description Members by customer id; with `sort` (points: balance, tier, tier_points ...) and
         *     `order`, in that order, the `next` of each page a cursor of that sort.
         */
        get: operations["list_loyalty_members_loyalty_members_get"];
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
    "/rfm/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute Rfm */
        post: operations["recompute_rfm_rfm_recompute_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count Segments */
        get: operations["count_segments_segments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{segment}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Segment Customers */
        get: operations["list_segment_customers_segments__segment__customers_get"];
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
        /** AddressBody */
        AddressBody: {
            /** City */
            city: string;
            /**
             * Country
             * @description ISO 3166, e.g. CN
             */
            country: string;
            /** Label */
            label: string;
            /**
             * Latitude
             * @description degrees
             */
            latitude: number | string;
            /**
             * Longitude
             * @description degrees
             */
            longitude: number | string;
            /** Postal Code */
            postal_code?: string | null;
            /** Street */
            street: string;
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
        /** CancelBody */
        CancelBody: {
            /** Reason */
            reason: string;
        };
        /** CompleteBody */
        CompleteBody: {
            /** Completed On */
            completed_on?: string | null;
            /** Outcome */
            outcome: string;
        };
        /** ContactBody */
        ContactBody: {
            /** Email */
            email?: string | null;
            /** Name */
            name: string;
            /** Phone */
            phone?: string | null;
            /** Role */
            role?: string | null;
        };
        /** CreateCampaignBody */
        CreateCampaignBody: {
            amount_off?: components["schemas"]["MoneyBody"] | null;
            /** Campaign Id */
            campaign_id?: string | null;
            /** Code */
            code: string;
            min_order_value?: components["schemas"]["MoneyBody"] | null;
            /** Name */
            name: string;
            /** Percent Off */
            percent_off?: number | string | null;
            /**
             * Target
             * @enum {string}
             */
            target: "segment" | "tag";
            /**
             * Target Value
             * @description the segment (e.g. at_risk) or the tag
             */
            target_value: string;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
        };
        /** CreditLimitBody */
        CreditLimitBody: {
            /** Amount */
            amount: number | string;
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Reason */
            reason: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** MoneyBody */
        MoneyBody: {
            /** Amount */
            amount: number | string;
            /** Currency */
            currency: string;
        };
        /** OpenFeedbackBody */
        OpenFeedbackBody: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Description */
            description?: string | null;
            /** Feedback Id */
            feedback_id?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "complaint" | "suggestion";
            /** Order Id */
            order_id?: string | null;
            /** Shipment Id */
            shipment_id?: string | null;
            /** Subject */
            subject: string;
        };
        /** Recomputed */
        Recomputed: {
            /** Changed */
            changed: number;
            /** Computed At */
            computed_at: string;
            /** Customers */
            customers: number;
        };
        /** RedeemAnswer */
        RedeemAnswer: {
            /** Event Ids */
            event_ids: string[];
            /** Id */
            id: string;
            /** Stream Id */
            stream_id: string;
            /** Version */
            version: number;
            /** Voucher Code */
            voucher_code: string;
        };
        /** RedeemBody */
        RedeemBody: {
            /**
             * Points
             * @description a multiple of 100
             */
            points: number;
            /**
             * Redemption Id
             * Format: uuid
             * @description chosen by the caller, once per redemption: asking again with it is refused
             */
            redemption_id: string;
            /**
             * Valid Days
             * @default 90
             */
            valid_days: number;
        };
        /** RegisterCustomerBody */
        RegisterCustomerBody: {
            /** Addresses */
            addresses?: components["schemas"]["AddressBody"][];
            /** Code */
            code: string;
            /** Contacts */
            contacts?: components["schemas"]["ContactBody"][];
            /**
             * Currency
             * @description ISO 4217, e.g. CNY
             */
            currency: string;
            /** Customer Group */
            customer_group: string;
            /** Customer Id */
            customer_id?: string | null;
            /** Name */
            name: string;
            /** Sales Owner */
            sales_owner?: string | null;
            /** Tags */
            tags?: string[];
        };
        /** RescheduleBody */
        RescheduleBody: {
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Owner */
            owner?: string | null;
            /** Reason */
            reason: string;
        };
        /** ResolveBody */
        ResolveBody: {
            /** Resolution */
            resolution: string;
        };
        /** ScheduleBody */
        ScheduleBody: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Follow Up Id */
            follow_up_id?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "call" | "visit";
            /** Owner */
            owner: string;
            /** Subject */
            subject: string;
        };
        /** StartWorkBody */
        StartWorkBody: {
            /**
             * Assignee
             * @description who works on it; you if absent
             */
            assignee?: string | null;
        };
        /**
         * UpdateCustomerBody
         * @description Only what is sent changes; tags, contacts and addresses sent replace the whole list;
         *     an empty sales owner removes it.
         */
        UpdateCustomerBody: {
            /** Addresses */
            addresses?: components["schemas"]["AddressBody"][] | null;
            /** Contacts */
            contacts?: components["schemas"]["ContactBody"][] | null;
            /** Customer Group */
            customer_group?: string | null;
            /** Name */
            name?: string | null;
            /** Sales Owner */
            sales_owner?: string | null;
            /** Tags */
            tags?: string[] | null;
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
    list_campaigns_campaigns_get: {
        parameters: {
            query?: {
                target?: ("segment" | "tag") | null;
                /** @description running on this day */
                active_on?: string | null;
                /** @description the `next` of the page before: codes after it (with `sort` or `order`: a cursor of that sort) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: code, coupons, ends, name, starts, target (default code asc); ties by the list's key */
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
    create_campaign_campaigns_post: {
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
                "application/json": components["schemas"]["CreateCampaignBody"];
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
    get_campaign_campaigns__campaign_id__get: {
        parameters: {
            query?: {
                /** @description wait (bounded) until the read model has applied this event id */
                wait_for_event?: string | null;
                /** @description how long to wait at most */
                wait_seconds?: number;
            };
            header?: never;
            path: {
                campaign_id: string;
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
    issue_coupons_campaigns__campaign_id__issue_coupons_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                campaign_id: string;
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
    list_customers_customers_get: {
        parameters: {
            query?: {
                /** @description customer group */
                group?: string | null;
                /** @description customers with this tag */
                tag?: string | null;
                /** @description sales owner */
                owner?: string | null;
                /** @description in the name or code, any case */
                q?: string | null;
                /** @description the `next` of the page before: codes after it (with `sort` or `order`: a cursor of that sort) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: code, credit_limit, customer_group, name, sales_owner, updated_at (default code asc); ties by the list's key */
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
    register_customer_customers_post: {
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
                "application/json": components["schemas"]["RegisterCustomerBody"];
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
    get_customer_customers__customer_id__get: {
        parameters: {
            query?: never;
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
    change_credit_limit_customers__customer_id__credit_limit_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditLimitBody"];
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
    get_feedback_summary_customers__customer_id__feedback_summary_get: {
        parameters: {
            query?: never;
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
    get_loyalty_customers__customer_id__loyalty_get: {
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
    get_loyalty_ledger_customers__customer_id__loyalty_ledger_get: {
        parameters: {
            query?: {
                /** @description the `next` of the page before */
                after?: number | null;
                limit?: number;
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
    redeem_points_customers__customer_id__loyalty_redeem_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeemAnswer"];
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
    get_purchase_history_customers__customer_id__purchase_history_get: {
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
    list_customer_orders_customers__customer_id__purchase_history_orders_get: {
        parameters: {
            query?: {
                /** @description the orders of this status; placed: every order not cancelled (whatever its progress, as before orders had further statuses) */
                status?: ("placed" | "shipped" | "invoiced" | "partially_delivered" | "delivered" | "returned" | "cancelled") | null;
                /** @description the `next` of the page before (with `sort` or `order`: a cursor of it) */
                after?: string | null;
                limit?: number;
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
    get_customer_segment_customers__customer_id__segment_get: {
        parameters: {
            query?: never;
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
    update_customer_customers__customer_id__update_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerBody"];
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
    list_feedback_feedback_get: {
        parameters: {
            query?: {
                customer_id?: string | null;
                kind?: ("complaint" | "suggestion") | null;
                status?: ("opened" | "in_progress" | "resolved") | null;
                /** @description the `next` of the page before (with `sort` or `order`: a cursor of it) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: assignee, customer, kind, opened_at, resolved_at, status, subject (default opened_at asc); ties by the list's key */
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
    open_feedback_feedback_post: {
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
                "application/json": components["schemas"]["OpenFeedbackBody"];
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
    get_feedback_feedback__feedback_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedback_id: string;
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
    resolve_feedback_feedback__feedback_id__resolve_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                feedback_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveBody"];
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
    start_feedback_work_feedback__feedback_id__start_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                feedback_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartWorkBody"];
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
    list_follow_ups_follow_ups_get: {
        parameters: {
            query?: {
                owner?: string | null;
                customer_id?: string | null;
                /** @description open, done, cancelled */
                status?: ("open" | "done" | "cancelled") | null;
                /** @description due on or before this date */
                due_by?: string | null;
                /** @description the `next` of the page before (with `sort` or `order`: a cursor of it) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: completed_on, due_on, kind, owner, status, subject (default due_on asc); ties by the list's key */
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
    schedule_follow_up_follow_ups_post: {
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
                "application/json": components["schemas"]["ScheduleBody"];
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
    get_due_follow_ups_follow_ups_due__owner__get: {
        parameters: {
            query?: {
                /** @description the day to look from; today if absent */
                on?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                owner: string;
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
    get_follow_up_follow_ups__follow_up_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                follow_up_id: string;
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
    cancel_follow_up_follow_ups__follow_up_id__cancel_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                follow_up_id: string;
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
    complete_follow_up_follow_ups__follow_up_id__complete_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                follow_up_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteBody"];
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
    reschedule_follow_up_follow_ups__follow_up_id__reschedule_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
            path: {
                follow_up_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleBody"];
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
    list_loyalty_members_loyalty_members_get: {
        parameters: {
            query?: {
                tier?: string | null;
                /** @description the `next` of the page before (a customer id; with `sort` or `order`: a cursor of that sort) */
                after?: string | null;
                limit?: number;
                /** @description sort by one of: balance, customer_id, owed, redeemed, tier, tier_points (default balance desc); ties by the list's key */
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
    recompute_rfm_rfm_recompute_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description retry-safe key */
                "Idempotency-Key"?: string | null;
            };
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
    count_segments_segments_get: {
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
    list_segment_customers_segments__segment__customers_get: {
        parameters: {
            query?: {
                /** @description the `next` of the page before */
                after?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                segment: string;
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
}
