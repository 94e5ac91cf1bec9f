"""`jxc demo`: a realistic company seeded through the public HTTP APIs only.

Warehouses, an item master in categories, suppliers, customers with credit limits and
addresses (with coordinates); then weeks of business: purchase orders approved and sent, goods
received with some lines rejected at inspection, supplier invoices matched and paid; sales
orders reserved by inventory, shipped (picked, packed, dispatched, delivered), invoiced by
sales' policy and paid, a few of them returned; transfers between warehouses; a stock count
per warehouse with its variances.

Every command carries an Idempotency-Key and every new thing an id derived from the run's name
(`--name`), so running the demo again with the same name and size adds nothing. Each person acts
with a development token of their role (as `jxc token` signs). The demo keeps its own book of
what it did (`Book`): what stock should be where, which orders it placed, which invoices it
paid, so a test (and a curious person) can compare the services' read models with it."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import NAMESPACE_URL, uuid5

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from jxc.platform.runtime import dev_token

D = Decimal
CENT = D("0.01")
CATEGORIES = (
    ("TEA", "Tea", ("Longjing", "Pu'er", "Oolong", "Jasmine", "Black", "White")),
    ("CUP", "Tableware", ("Cup", "Bowl", "Plate", "Teapot", "Tray", "Saucer")),
    ("SNK", "Snacks", ("Walnut", "Mooncake", "Sesame", "Peanut", "Date", "Biscuit")),
    ("PAP", "Stationery", ("Notebook", "Brush", "Ink", "Scroll", "Paper", "Seal")),
    ("ELC", "Electronics", ("Kettle", "Lamp", "Fan", "Charger", "Speaker", "Scale")),
)
CITIES = (
    ("Shanghai", D("31.2304"), D("121.4737")),
    ("Hangzhou", D("30.2741"), D("120.1551")),
    ("Suzhou", D("31.2989"), D("120.5853")),
    ("Nanjing", D("32.0603"), D("118.7969")),
    ("Ningbo", D("29.8683"), D("121.5440")),
    ("Beijing", D("39.9042"), D("116.4074")),
    ("Guangzhou", D("23.1291"), D("113.2644")),
    ("Chengdu", D("30.5728"), D("104.0668")),
)
WAREHOUSES = (("WH-SH", "Shanghai DC"), ("WH-HZ", "Hangzhou DC"), ("WH-BJ", "Beijing DC"))


@dataclass(frozen=True)
class Size:
    """How big a company: the full one fills a running system in minutes."""

    warehouses: int = 3
    skus: int = 500
    suppliers: int = 20
    customers: int = 200
    weeks: int = 13  # three months of business
    purchase_orders_per_week: int = 12
    lines_per_purchase_order: int = 6
    orders_per_week: int = 30
    lines_per_order: int = 3
    transfers: int = 12
    returns_every: int = 25  # one order in so many comes back in part
    count_skus: int = 20  # per warehouse


FULL = Size()
SMALL = Size(
    skus=9,
    suppliers=2,
    customers=4,
    weeks=2,
    purchase_orders_per_week=3,
    lines_per_purchase_order=3,
    orders_per_week=3,
    lines_per_order=2,
    transfers=2,
    returns_every=3,
    count_skus=2,
)


@dataclass
class Book:
    """What the demo did, as it expects the services to show it."""

    on_hand: dict[tuple[str, str], Decimal] = field(default_factory=lambda: defaultdict(D))
    # what the demo has promised away (orders placed) but not shipped, per sku x warehouse
    promised: dict[tuple[str, str], Decimal] = field(default_factory=lambda: defaultdict(D))
    orders: dict[str, str] = field(default_factory=dict)  # order id -> how it ended
    purchase_orders: list[str] = field(default_factory=list)
    supplier_invoices: list[str] = field(default_factory=list)
    sales_invoices: list[str] = field(default_factory=list)
    payments: list[str] = field(default_factory=list)
    returns: list[str] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)
    rejected_lines: int = 0
    held_orders: list[str] = field(default_factory=list)  # waiting for the credit controller
    reorder_rules: list[tuple[str, str]] = field(default_factory=list)  # sku, warehouse
    targets: list[str] = field(default_factory=list)  # what the month's plans aim at

    def available(self, sku: str, warehouse: str) -> Decimal:
        return self.on_hand[(sku, warehouse)] - self.promised[(sku, warehouse)]


class DemoError(RuntimeError):
    """A command the demo needs was refused: the answer says why."""


@dataclass(frozen=True)
class Places:
    purchasing: str
    sales: str
    inventory: str
    finance: str
    crm: str


PEOPLE = {  # who does what in the demo, and who signs in to the back office afterwards
    "admin": ("admin", "admin"),
    "purchaser": ("zhang.min", "purchaser"),
    "approver": ("li.wei", "purchase_approver"),
    "approver2": ("wang.fang", "purchase_approver"),
    "warehouse": ("chen.jing", "warehouse"),
    "sales": ("liu.yang", "sales"),
    "credit": ("zhou.li", "credit_controller"),
    "accountant": ("qian.kuaiji", "accountant"),
    "crm": ("sun.mei", "crm"),
}


class Api:
    """HTTP with a bounded number of requests in flight, a token per person, an
    Idempotency-Key per command, and patience with a service that is busy or catching up."""

    def __init__(self, places: Places, name: str, concurrency: int) -> None:
        self.places = places
        self.name = name
        self.client = httpx.AsyncClient(timeout=60)
        self.gate = asyncio.Semaphore(concurrency)
        self.tokens = {
            who: {"Authorization": f"Bearer {dev_token(user, role, '*', 12)}"}
            for who, (user, role) in PEOPLE.items()
        }

    def id(self, *parts: object) -> str:
        return str(uuid5(NAMESPACE_URL, f"jxc-demo:{self.name}:" + ":".join(map(str, parts))))

    async def close(self) -> None:
        await self.client.aclose()

    async def _send(self, method: str, url: str, who: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.tokens[who], **kwargs.pop("headers", {})}
        for attempt in range(8):
            async with self.gate:
                try:
                    answer = await self.client.request(method, url, headers=headers, **kwargs)
                except httpx.TransportError:
                    if attempt == 7:
                        raise
                    answer = None
            if answer is not None and answer.status_code not in (502, 503, 504):
                return answer
            await asyncio.sleep(0.25 * 2**attempt)
        assert answer is not None
        return answer

    async def command(
        self, service: str, path: str, who: str, body: Any, key: str, ok: Iterable[int] = ()
    ) -> dict[str, Any]:
        """POST a command with an Idempotency-Key; a 4xx not in `ok` is a DemoError."""
        url = getattr(self.places, service) + path
        idempotency = {"Idempotency-Key": self.id("key", key)}
        answer = await self._send("POST", url, who, json=body, headers=idempotency)
        if answer.status_code >= 300 and answer.status_code not in ok:
            raise DemoError(f"POST {service}{path}: {answer.status_code} {answer.text[:400]}")
        result: dict[str, Any] = answer.json() if answer.content else {}
        result["_status"] = answer.status_code
        return result

    async def get(self, service: str, path: str, who: str = "admin") -> httpx.Response:
        return await self._send("GET", getattr(self.places, service) + path, who)

    async def query(self, service: str, path: str, who: str = "admin", **params: Any) -> Any:
        url = getattr(self.places, service) + path
        answer = await self._send("GET", url, who, params=params)
        if answer.status_code != 200:
            raise DemoError(f"GET {service}{path}: {answer.status_code} {answer.text[:400]}")
        return answer.json()

    async def until(
        self, what: str, check: Callable[[], Awaitable[Any]], timeout: float = 60
    ) -> Any:
        """`check()` until it answers something truthy; a DemoError naming `what` if never."""
        deadline = asyncio.get_running_loop().time() + timeout
        delay = 0.1
        while True:
            value = await check()
            if value:
                return value
            if asyncio.get_running_loop().time() > deadline:
                raise DemoError(f"waited {timeout:.0f}s for {what}; last saw {value!r}")
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 2.0)


def money(value: Decimal) -> str:
    return str(value.quantize(CENT))


@dataclass
class Company:
    """The demo's plan (what exists) and the run over the APIs."""

    api: Api
    size: Size
    progress: Progress
    today: date = field(default_factory=lambda: datetime.now(UTC).date())
    book: Book = field(default_factory=Book)
    skus: list[tuple[str, str, str, Decimal]] = field(default_factory=list)  # sku,name,cat,cost
    warehouses: list[str] = field(default_factory=list)
    suppliers: list[str] = field(default_factory=list)
    customers: list[str] = field(default_factory=list)
    carrier: str = ""

    def __post_init__(self) -> None:
        rng = random.Random(f"{self.api.name}:catalog")
        self.warehouses = [code for code, _ in WAREHOUSES[: self.size.warehouses]]
        for n in range(self.size.skus):
            prefix, _, names = CATEGORIES[n % len(CATEGORIES)]
            label = names[(n // len(CATEGORIES)) % len(names)]
            cost = D(rng.randrange(200, 20000)) / 100
            self.skus.append((f"{prefix}-{n + 1:04d}", f"{label} {n + 1}", prefix, cost))

    async def stage(self, title: str, jobs: list[Awaitable[Any]]) -> None:
        """Run jobs concurrently (the Api bounds the requests in flight) with a progress bar."""
        task = self.progress.add_task(title, total=len(jobs))

        async def one(job: Awaitable[Any]) -> None:
            await job
            self.progress.advance(task)

        await asyncio.gather(*(one(job) for job in jobs))

    # --- reference data ---------------------------------------------------------------------

    async def warehouse(self, code: str, name: str) -> None:
        await self.api.command(
            "inventory", "/warehouses", "admin", {"code": code, "name": name}, f"wh:{code}"
        )
        await self.api.command(
            "inventory",
            f"/warehouses/{code}/locations",
            "warehouse",
            {"location": "QA", "name": "Quarantine", "quarantine": True},
            f"wh:{code}:qa",
            ok=(409,),
        )

    async def item(self, sku: str, name: str, category: str) -> None:
        body = {"sku": sku, "name": name, "unit": "pcs", "category": category}
        await self.api.command("inventory", "/items", "warehouse", body, f"item:{sku}")

    async def supplier(self, n: int) -> None:
        supplier_id = self.api.id("supplier", n)
        body = {
            "supplier_id": supplier_id,
            "code": f"SUP-{n + 1:03d}",
            "name": f"{CITIES[n % len(CITIES)][0]} Trading Co. {n + 1}",
            "currency": "CNY",
            "payment_terms_days": 30,
            "email": f"orders@supplier{n + 1}.example.cn",
        }
        await self.api.command("purchasing", "/suppliers", "purchaser", body, f"supplier:{n}")
        self.suppliers.append(supplier_id)

    async def customer(self, n: int) -> None:
        rng = random.Random(f"{self.api.name}:customer:{n}")
        customer_id = self.api.id("customer", n)
        city, lat, lon = CITIES[n % len(CITIES)]
        jitter = D(rng.randrange(-500, 500)) / 10000
        body = {
            "customer_id": customer_id,
            "code": f"C-{n + 1:04d}",
            "name": f"{city} Retail {n + 1}",
            "customer_group": "wholesale" if n % 5 == 0 else "retail",
            "currency": "CNY",
            "tags": ["demo", city.lower()],
            "sales_owner": PEOPLE["sales"][0],
            "contacts": [{"name": f"Buyer {n + 1}", "email": f"buyer{n + 1}@example.cn"}],
            "addresses": [
                {
                    "label": "shop",
                    "street": f"{rng.randrange(1, 999)} Renmin Road",
                    "city": city,
                    "country": "CN",
                    "latitude": str(lat + jitter),
                    "longitude": str(lon - jitter),
                }
            ],
        }
        await self.api.command("crm", "/customers", "crm", body, f"customer:{n}")
        limit = {"amount": "5000000", "currency": "CNY", "reason": "opening account"}
        await self.api.command(
            "crm", f"/customers/{customer_id}/credit-limit", "credit", limit, f"limit:{n}"
        )
        self.customers.append(customer_id)

    async def carrier_and_fleet(self) -> None:
        body = {
            "carrier_id": self.api.id("carrier"),
            "code": "OWN-FLEET",
            "name": "Our own fleet",
            "currency": "CNY",
            "own_fleet": True,
            "services": [{"code": "VAN", "name": "Van"}],
        }
        self.carrier = (await self.api.command("sales", "/carriers", "sales", body, "carrier"))[
            "id"
        ]

    async def known_everywhere(self) -> None:
        """Purchasing and sales learn items and warehouses from inventory's events, sales the
        customers and their credit limits from crm's: wait until their copies have them."""

        async def answers(service: str, path: str, who: str = "admin") -> bool:
            got = await self.api.get(service, path, who)
            return got.status_code == 200 and (
                "credit_limit" not in got.json() or D(got.json()["credit_limit"]["amount"]) > 0
            )

        def known(service: str, path: str) -> Awaitable[Any]:
            return self.api.until(f"{service} to know {path}", lambda: answers(service, path))

        jobs: list[Awaitable[Any]] = []
        for sku, *_ in self.skus:
            jobs += [known("purchasing", f"/catalog/items/{sku}")]
            jobs += [known("sales", f"/catalog/items/{sku}")]
        jobs += [known("purchasing", f"/catalog/warehouses/{code}") for code in self.warehouses]
        jobs += [known("sales", f"/customers/{customer}") for customer in self.customers]
        await self.stage("Waiting for the services to learn them", jobs)

    async def capital(self) -> None:
        """The shareholders pay in the capital the company trades on, into the bank, the day
        its three months begin: enough for every purchase the demo makes (at most about 25,000
        a purchase order line, VAT included), so the bank never goes below zero."""
        lines = self.size.weeks * self.size.purchase_orders_per_week
        lines *= self.size.lines_per_purchase_order
        amount = D(-(-lines * 25000 // 100000) * 100000)
        entry = {
            "entry_id": self.api.id("capital"),
            "posted_on": str(self.today - timedelta(weeks=self.size.weeks)),
            "description": "Capital paid in by the shareholders",
            "reference": "SHAREHOLDERS-1",
            "lines": [
                {"account": "1002", "debit": money(amount)},
                {"account": "4001", "credit": money(amount)},
            ],
        }
        await self.api.command(
            "finance", "/journal-entries", "accountant", entry, "capital", ok=(409,)
        )

    # --- purchasing -------------------------------------------------------------------------

    def week_day(self, week: int, rng: random.Random) -> date:
        """A day of `week` (0 = thirteen weeks ago), never after today."""
        start = self.today - timedelta(weeks=self.size.weeks - week)
        return min(start + timedelta(days=rng.randrange(0, 7)), self.today)

    async def purchase(self, week: int, n: int) -> None:
        """PO -> approval -> sent -> goods receipt (some rejected) -> invoice -> payment."""
        rng = random.Random(f"{self.api.name}:po:{week}:{n}")
        po = self.api.id("po", week, n)
        supplier = self.suppliers[(week + n) % len(self.suppliers)]
        warehouse = self.warehouses[n % len(self.warehouses)]
        count = min(self.size.lines_per_purchase_order, len(self.skus))
        chosen = rng.sample(self.skus, count)
        lines: list[dict[str, Any]] = [
            {
                "line_no": i,
                "sku": sku,
                "quantity": str(rng.randrange(40, 200)),
                "unit": "pcs",
                "unit_price": money(cost * D(rng.randrange(95, 106)) / 100),
                "warehouse": warehouse,
            }
            for i, (sku, _, _, cost) in enumerate(chosen, start=1)
        ]
        body = {"purchase_order_id": po, "supplier_id": supplier, "currency": "CNY", "lines": lines}
        await self.api.command("purchasing", "/purchase-orders", "purchaser", body, f"po:{po}")
        # above the second-approval threshold an order needs a second approver
        for approver in ("approver", "approver2"):
            await self.api.command(
                "purchasing",
                f"/purchase-orders/{po}/approve",
                approver,
                None,
                f"po:{po}:{approver}",
            )
            view = await self.api.query("purchasing", f"/purchase-orders/{po}")
            if view["status"] != "submitted":  # approved (or, in a rerun, further on)
                break
        await self.api.command(
            "purchasing", f"/purchase-orders/{po}/send", "purchaser", {}, f"po:{po}:send", ok=(409,)
        )
        receipt_lines = []
        for line in lines:
            quantity = D(line["quantity"])
            rejected = D(rng.randrange(1, 6)) if rng.random() < 0.08 else D(0)
            row: dict[str, Any] = {
                "line_no": line["line_no"],
                "quantity_accepted": str(quantity - rejected),
            }
            if rejected:
                row |= {"quantity_rejected": str(rejected), "rejection_reason": "damaged cartons"}
            receipt_lines.append((line, quantity - rejected, rejected, row))
        received = await self.api.command(
            "purchasing",
            f"/purchase-orders/{po}/receipts",
            "warehouse",
            {"receipt_id": self.api.id("receipt", po), "lines": [r[3] for r in receipt_lines]},
            f"po:{po}:receipt",
        )
        # inventory hears purchasing's GoodsReceived: wait until its stock shows this receipt
        for event_id in received.get("event_ids", [])[-1:]:
            await self.api.query(
                "inventory",
                f"/stock/{lines[0]['sku']}/{warehouse}",
                wait_for_event=event_id,
                wait_seconds=30,
            )
        for line, accepted, rejected, _ in receipt_lines:
            self.book.on_hand[(line["sku"], warehouse)] += accepted
            self.book.rejected_lines += 1 if rejected else 0
        self.book.purchase_orders.append(po)
        invoice_id = self.api.id("supplier-invoice", po)
        invoice = {
            "invoice_id": invoice_id,
            "supplier_id": supplier,
            "purchase_order_id": po,
            "invoice_number": f"SI-{week + 1:02d}{n + 1:03d}",
            "invoice_date": str(self.week_day(week, rng)),
            "lines": [
                {
                    "line_no": line["line_no"],
                    "quantity": str(accepted),
                    "unit_price": line["unit_price"],
                    "tax_rate": "0.13",
                }
                for line, accepted, _, _ in receipt_lines
                if accepted > 0
            ],
        }
        recorded = await self.api.command(
            "purchasing", "/supplier-invoices", "accountant", invoice, f"si:{invoice_id}"
        )
        self.book.supplier_invoices.append(invoice_id)
        if recorded.get("status") != "matched" or rng.random() < 0.15:
            return  # some bills stay open: the aging report has something to show
        items = await self.api.query(
            "finance",
            "/open-items",
            "accountant",
            kind="payable",
            party_id=supplier,
            wait_for_event=recorded["event_ids"][-1],
        )
        due = [x for x in items if x["document_id"] == invoice_id]
        if not due:  # paid by an earlier run of the demo
            return
        payment = self.api.id("payment", invoice_id)
        await self.api.command(
            "finance",
            "/payments",
            "accountant",
            {
                "payment_id": payment,
                "direction": "outgoing",
                "party_id": supplier,
                "amount": due[0]["open"],
                "currency": "CNY",
                "paid_on": str(self.today),
                "cash_account": "1002",
                "allocations": [{"invoice_id": invoice_id, "amount": due[0]["open"]}],
                "reference": invoice["invoice_number"],
            },
            f"pay:{payment}",
        )
        self.book.payments.append(payment)

    # --- sales ------------------------------------------------------------------------------

    async def sell(self, week: int, n: int) -> None:
        """Order -> reserved -> shipment picked, packed, dispatched, delivered -> invoiced (by
        sales' policy) -> paid; one in `returns_every` comes back in part."""
        rng = random.Random(f"{self.api.name}:order:{week}:{n}")
        order_id = self.api.id("order", week, n)
        customer = self.customers[rng.randrange(len(self.customers))]
        warehouse = self.warehouses[rng.randrange(len(self.warehouses))]
        lines: list[dict[str, Any]] = []
        # Choose from what the book says is there and promise it, before the first await: the
        # tasks of a week start in order, so a rerun chooses the same (its commands replay).
        candidates = [s for s in self.skus if self.book.available(s[0], warehouse) >= 10]
        for sku, _, _, cost in rng.sample(
            candidates, min(self.size.lines_per_order, len(candidates))
        ):
            quantity = D(rng.randrange(1, 10))
            self.book.promised[(sku, warehouse)] += quantity
            price = money(cost * D(rng.randrange(130, 180)) / 100)
            lines.append(
                {
                    "sku": sku,
                    "warehouse": warehouse,
                    "quantity": str(quantity),
                    "unit_price": price,
                }
            )
        if not lines:
            return
        body = {
            "order_id": order_id,
            "customer_id": customer,
            "lines": lines,
            "promised_on": str(self.today + timedelta(days=3)),
        }
        await self.api.command("sales", "/orders", "sales", body, f"order:{order_id}")

        async def reserved() -> str | None:
            status = str((await self.api.query("sales", f"/orders/{order_id}", "sales"))["status"])
            return None if status in ("placed", "partly_backordered") else status

        status = await self.api.until(f"inventory to reserve order {order_id}", reserved, 60)
        self.book.orders[order_id] = status
        if status != "reserved" and status not in ("shipped", "delivered", "closed"):
            raise DemoError(f"order {order_id} is {status}, not reserved")
        shipment = self.api.id("shipment", order_id)

        async def shipment_created() -> bool:
            # Logistics learns of the reservation by its own consumer of inventory's events,
            # which may come a moment after the order's status: 409 until it has.
            created = await self.api.command(
                "sales",
                f"/warehouses/{warehouse}/shipments",
                "warehouse",
                {"shipment_id": shipment, "order_id": order_id},
                f"ship:{shipment}",
                ok=(409,),
            )
            status: int = created["_status"]
            if status == 409 and "is reserved in" not in str(created.get("detail", "")):
                raise DemoError(f"shipment of order {order_id}: 409 {created.get('detail')}")
            return status != 409

        await self.api.until(f"logistics to see order {order_id} reserved", shipment_created, 60)
        await self.api.command(
            "sales", f"/shipments/{shipment}/pick", "warehouse", None, f"pick:{shipment}"
        )
        parcels = {"parcels": [{"weight_kg": str(rng.randrange(1, 20)), "volume_m3": "0.05"}]}
        await self.api.command(
            "sales", f"/shipments/{shipment}/pack", "warehouse", parcels, f"pack:{shipment}"
        )
        await self.api.command(
            "sales",
            f"/shipments/{shipment}/dispatch",
            "warehouse",
            {
                "carrier_id": self.carrier,
                "service": "VAN",
                "tracking_number": f"VAN-{shipment[:8]}",
            },
            f"dispatch:{shipment}",
        )
        for line in lines:
            key = (line["sku"], warehouse)
            self.book.on_hand[key] -= D(line["quantity"])
            self.book.promised[key] -= D(line["quantity"])
        await self.api.command(
            "sales",
            f"/shipments/{shipment}/deliver",
            "warehouse",
            {"signed_by": "shop keeper"},
            f"deliver:{shipment}",
        )
        self.book.orders[order_id] = "delivered"

        async def invoiced() -> list[Any]:
            found = await self.api.query("sales", "/invoices", "sales", order_id=order_id)
            return list(found["items"])

        invoices = await self.api.until(f"sales to invoice order {order_id}", invoiced, 60)
        for invoice in invoices:
            invoice_id = str(invoice["invoice_id"])
            self.book.sales_invoices.append(invoice_id)
            if rng.random() < 0.2:
                continue  # not paid yet: receivables to chase
            await self.receive_payment(customer, invoice_id, D(invoice["gross_total"]))
        if n % self.size.returns_every == self.size.returns_every - 1:
            await self.customer_return(order_id, warehouse, lines, rng)

    async def receive_payment(self, customer: str, invoice_id: str, amount: Decimal) -> None:
        payment = self.api.id("payment", invoice_id)
        body = {
            "payment_id": payment,
            "direction": "incoming",
            "party_id": customer,
            "amount": money(amount),
            "currency": "CNY",
            "paid_on": str(self.today),
            "cash_account": "1002",
            "allocations": [{"invoice_id": invoice_id, "amount": money(amount)}],
        }

        async def paid() -> bool:
            # finance learns the invoice from sales' events: until then it refuses to allocate
            done = await self.api.command(
                "finance", "/payments", "accountant", body, f"pay:{payment}", ok=(404, 409, 422)
            )
            return int(done["_status"]) < 300

        await self.api.until(f"finance to take payment of invoice {invoice_id}", paid, 60)
        self.book.payments.append(payment)

    async def customer_return(
        self, order_id: str, warehouse: str, lines: list[dict[str, Any]], rng: random.Random
    ) -> None:
        rma = self.api.id("return", order_id)
        body = {
            "return_id": rma,
            "order_id": order_id,
            "lines": [{"line_no": 1, "quantity": "1"}],
            "reason": "arrived scratched",
        }

        async def asked() -> bool:  # sales learns what shipped from its own events
            done = await self.api.command(
                "sales", "/customer-returns", "sales", body, f"rma:{rma}", ok=(404, 409, 422)
            )
            return int(done["_status"]) < 300

        await self.api.until(f"sales to accept a return of {order_id}", asked, 60)
        await self.api.command(
            "sales", f"/customer-returns/{rma}/approve", "sales", {}, f"rma:{rma}:ok"
        )
        inspection = {"lines": [{"line_no": 1, "quantity": "1", "disposition": "restock"}]}
        await self.api.command(
            "sales", f"/customer-returns/{rma}/receive", "warehouse", inspection, f"rma:{rma}:in"
        )
        await self.api.command(
            "sales", f"/customer-returns/{rma}/refund", "sales", {}, f"rma:{rma}:cn"
        )
        self.book.on_hand[(lines[0]["sku"], warehouse)] += 1
        self.book.returns.append(rma)

    # --- warehouses -------------------------------------------------------------------------

    async def transfer(self, n: int) -> None:
        rng = random.Random(f"{self.api.name}:transfer:{n}")
        source = self.warehouses[n % len(self.warehouses)]
        target = self.warehouses[(n + 1) % len(self.warehouses)]
        candidates = [s for s in self.skus if self.book.available(s[0], source) >= 20]
        if not candidates:
            return
        sku = rng.choice(candidates)[0]
        quantity = D(rng.randrange(5, 15))
        self.book.promised[(sku, source)] += quantity
        transfer = self.api.id("transfer", n)
        body = {
            "transfer_id": transfer,
            "from_warehouse": source,
            "to_warehouse": target,
            "lines": [{"line_no": 1, "sku": sku, "quantity": str(quantity), "unit": "pcs"}],
            "note": "rebalancing stock",
        }
        await self.api.command("inventory", "/transfers", "warehouse", body, f"tr:{transfer}")
        await self.api.command(
            "inventory", f"/transfers/{transfer}/dispatch", "warehouse", None, f"tr:{transfer}:out"
        )
        await self.api.command(
            "inventory",
            f"/transfers/{transfer}/receive",
            "warehouse",
            {"lines": [{"line_no": 1, "quantity_received": str(quantity)}], "close": True},
            f"tr:{transfer}:in",
        )
        self.book.promised[(sku, source)] -= quantity
        self.book.on_hand[(sku, source)] -= quantity
        self.book.on_hand[(sku, target)] += quantity
        self.book.transfers.append(transfer)

    async def stock_count(self, warehouse: str) -> None:
        """Count some SKUs; a few are found one short or one over, closing books the
        variance."""
        rng = random.Random(f"{self.api.name}:count:{warehouse}")
        held = sorted(
            sku for (sku, wh), q in self.book.on_hand.items() if wh == warehouse and q > 2
        )
        chosen = rng.sample(held, min(self.size.count_skus, len(held)))
        if not chosen:
            return
        count = self.api.id("count", warehouse)
        body = {
            "count_id": count,
            "warehouse": warehouse,
            "scope": "selection",
            "skus": chosen,
            "note": "quarter-end count",
        }
        await self.api.command("inventory", "/stock-counts", "warehouse", body, f"count:{count}")
        counted = {}
        for i, sku in enumerate(chosen):
            variance = D((-1, 1)[i % 2]) if i % 3 == 0 else D(0)
            counted[sku] = self.book.on_hand[(sku, warehouse)] + variance
        lines = [{"sku": sku, "counted": str(q), "unit": "pcs"} for sku, q in counted.items()]
        await self.api.command(
            "inventory",
            f"/stock-counts/{count}/lines",
            "warehouse",
            {"lines": lines},
            f"count:{count}:lines",
        )
        await self.api.command(
            "inventory", f"/stock-counts/{count}/close", "warehouse", None, f"count:{count}:close"
        )
        for sku, q in counted.items():
            self.book.on_hand[(sku, warehouse)] = q
        self.book.counts.append(count)

    async def stock_agrees(self) -> None:
        """Wait until inventory's stock levels are the book's."""
        wrong: list[str] = []

        async def agrees() -> bool:
            levels = await self.api.query("inventory", "/stock")
            seen = {(x["sku"], x["warehouse"]): D(x["on_hand"]) for x in levels}
            wrong[:] = [
                f"{sku}@{wh} {seen.get((sku, wh), D(0))} (the demo made it {q})"
                for (sku, wh), q in sorted(self.book.on_hand.items())
                if seen.get((sku, wh), D(0)) != q
            ]
            return not wrong

        try:
            await self.api.until("inventory's stock to be the demo's", agrees, 120)
        except DemoError as late:
            raise DemoError(f"{late}: {'; '.join(wrong[:5])}") from late

    # --- what the back office has to show and to do -----------------------------------------

    async def reorder_rules(self) -> None:
        """Min/max rules on some stocked SKUs: two fall below their minimum (low-stock alerts,
        suggestions in the purchase plan), one is over its maximum (overstock)."""
        stocked = sorted((key, q) for key, q in self.book.on_hand.items() if q > 2)
        for i, ((sku, warehouse), q) in enumerate(stocked[:3]):
            low = i < 2
            body = {
                "sku": sku,
                "warehouse": warehouse,
                "min_quantity": str(q + 10 if low else 1),
                "max_quantity": str(q + 100 if low else 2),
                "reorder_quantity": "50" if low else None,
            }
            await self.api.command(
                "inventory", "/reorder-rules", "purchaser", body, f"rule:{sku}:{warehouse}"
            )
            self.book.reorder_rules.append((sku, warehouse))

    async def held_order(self) -> None:
        """A new customer with a small credit limit orders more than it: sales holds the order
        on credit until the credit controller decides."""
        n = self.size.customers  # one more than the others, with an id of its own
        customer = self.api.id("customer", "held")
        city, lat, lon = CITIES[n % len(CITIES)]
        body = {
            "customer_id": customer,
            "code": f"C-{n + 1:04d}",
            "name": f"{city} New Shop {n + 1}",
            "customer_group": "retail",
            "currency": "CNY",
            "tags": ["demo", "new"],
            "sales_owner": PEOPLE["sales"][0],
            "contacts": [{"name": "Owner", "email": f"owner{n + 1}@example.cn"}],
            "addresses": [
                {
                    "label": "shop",
                    "street": "8 Nanjing Road",
                    "city": city,
                    "country": "CN",
                    "latitude": str(lat),
                    "longitude": str(lon),
                }
            ],
        }
        await self.api.command("crm", "/customers", "crm", body, "customer:held")
        limit = {"amount": "1000", "currency": "CNY", "reason": "new account"}
        await self.api.command(
            "crm", f"/customers/{customer}/credit-limit", "credit", limit, "limit:held"
        )

        async def known() -> bool:
            got = await self.api.get("sales", f"/customers/{customer}")
            return got.status_code == 200 and D(got.json()["credit_limit"]["amount"]) > 0

        await self.api.until("sales to know the new customer's credit limit", known)
        sku, warehouse = max(
            (key for key, q in self.book.on_hand.items() if q >= 5),
            key=lambda key: (self.book.available(*key), key),
        )
        order_id = self.api.id("order", "held")
        order = {
            "order_id": order_id,
            "customer_id": customer,
            "lines": [{"sku": sku, "warehouse": warehouse, "quantity": "5", "unit_price": "300"}],
            "promised_on": str(self.today + timedelta(days=7)),
        }
        await self.api.command("sales", "/orders", "sales", order, "order:held")

        async def held() -> str | None:
            status = str((await self.api.query("sales", f"/orders/{order_id}", "sales"))["status"])
            return None if status == "new" else status  # held (or, in a rerun, decided since)

        self.book.orders[order_id] = await self.api.until(f"sales to hold {order_id}", held)
        self.book.held_orders.append(order_id)

    async def plans(self) -> None:
        """This month's sales target for the salesperson and the budget of the books' main
        lines, sized by the company's weekly business."""
        period = self.today.strftime("%Y-%m")
        monthly = D(self.size.orders_per_week * self.size.lines_per_order * 4 * 500)
        target = {
            "dimension": "salesperson",
            "subject": PEOPLE["sales"][0],
            "period": period,
            "amount": money(monthly),
            "currency": "CNY",
        }
        await self.api.command("sales", "/sales-targets", "sales", target, f"target:{period}")
        self.book.targets.append(f"salesperson {PEOPLE['sales'][0]} {period}")
        for account, share in (("6001", D(1)), ("6401", D("0.6")), ("6711", D("0.01"))):
            body = {"period": period, "account": account, "amount": money(monthly * share)}
            await self.api.command(
                "finance", "/budgets", "accountant", body, f"budget:{period}:{account}"
            )

    async def segments(self) -> None:
        """Once crm's purchase history holds every order the demo delivered, the RFM segments
        are computed now (crm's worker does it daily)."""
        delivered = sum(1 for status in self.book.orders.values() if status == "delivered")

        async def heard() -> bool:
            found = await asyncio.gather(
                *(
                    self.api.query("crm", f"/customers/{customer}/purchase-history")
                    for customer in self.customers
                )
            )
            return sum(int(history["orders"]) for history in found) >= delivered

        await self.api.until("crm to hear of every order", heard)

        async def computed() -> bool:
            done = await self.api.command(
                "crm", "/rfm/recompute", "crm", None, f"rfm:{self.today}", ok=(409,)
            )
            return int(done["_status"]) < 300

        await self.api.until("crm to compute the RFM segments", computed)

    async def counted_before(self) -> bool:
        """A rerun: the counts were made by an earlier run of the demo."""
        count = self.api.id("count", self.warehouses[0])
        return (await self.api.get("inventory", f"/stock-counts/{count}")).status_code == 200

    # --- the run ----------------------------------------------------------------------------

    async def run(self) -> None:
        size = self.size
        await self.stage(
            "Warehouses",
            [self.warehouse(c, n) for c, n in WAREHOUSES[: size.warehouses]],
        )
        await self.stage(
            "Items (SKUs in categories)",
            [self.item(s[0], s[1], s[2]) for s in self.skus],
        )
        await self.stage("Suppliers", [self.supplier(n) for n in range(size.suppliers)])
        await self.stage(
            "Customers with credit limits",
            [self.customer(n) for n in range(size.customers)],
        )
        await self.carrier_and_fleet()
        await self.capital()
        self.suppliers.sort()
        self.customers.sort()
        await self.known_everywhere()
        purchases = self.progress.add_task(
            "Purchases: PO, approval, receipt, invoice, payment",
            total=size.weeks * size.purchase_orders_per_week,
        )
        sales = self.progress.add_task(
            "Sales: order, shipment, delivery, invoice, payment",
            total=size.weeks * size.orders_per_week,
        )

        async def counted(task: Any, job: Awaitable[None]) -> None:
            await job
            self.progress.advance(task)

        for week in range(size.weeks):
            # a week's goods arrive, then the week's orders are taken from what is there
            await asyncio.gather(
                *(
                    counted(purchases, self.purchase(week, n))
                    for n in range(size.purchase_orders_per_week)
                )
            )
            await asyncio.gather(
                *(counted(sales, self.sell(week, n)) for n in range(size.orders_per_week))
            )
        await self.stage(
            "Transfers between warehouses",
            [self.transfer(n) for n in range(size.transfers)],
        )
        if not await self.counted_before():
            await self.stock_agrees()  # a count compares with what inventory has applied
        await self.stage("Stock counts", [self.stock_count(w) for w in self.warehouses])
        await self.stock_agrees()
        # the work waiting for people in the back office, and the month's plans
        await self.stage(
            "Reorder rules, a credit hold, this month's targets and budgets, RFM segments",
            [self.reorder_rules(), self.held_order(), self.plans(), self.segments()],
        )


def summary(company: Company, console: Console) -> None:
    book, places = company.book, company.api.places
    console.print(
        f"[bold green]Done.[/bold green] {len(company.warehouses)} warehouses, "
        f"{len(company.skus)} SKUs, {len(company.suppliers)} suppliers, "
        f"{len(company.customers)} customers; {len(book.purchase_orders)} purchase orders "
        f"({book.rejected_lines} lines with rejects), {len(book.supplier_invoices)} supplier "
        f"invoices, {len(book.orders)} sales orders, {len(book.sales_invoices)} sales invoices, "
        f"{len(book.returns)} returns, {len(book.transfers)} transfers, {len(book.counts)} "
        f"stock counts, {len(book.payments)} payments; {len(book.reorder_rules)} reorder rules, "
        f"{len(book.held_orders)} order held on credit, a sales target and budgets for "
        f"{company.today.strftime('%Y-%m')}."
    )
    period = company.today.strftime("%Y-%m")
    console.print("What to look at (with a token from `jxc token`):")
    for line in (
        f"  stock levels          GET {places.inventory}/stock?warehouse=WH-SH",
        f"  the order book        GET {places.sales}/orders?status=delivered",
        f"  open receivables      GET {places.finance}/open-items?kind=receivable",
        f"  aging of payables     GET {places.finance}/aging?kind=payable",
        f"  trial balance         GET {places.finance}/statements/trial-balance"
        f"?from={period}&to={period}",
        f"  stock equals books    GET {places.finance}/stock-reconciliation",
        f"  supplier scorecard    GET {places.purchasing}/suppliers/{{id}}/scorecard",
        f"  customer history      GET {places.crm}/customers/{{id}}/purchase-history",
        "  the system itself     jxc status",
    ):
        console.print(line)
    console.print(
        "Sign in to the back office (jxc-gateway, http://127.0.0.1:8080/ with run.sh) as one "
        "of the demo's people: development sign-in, user and role as below, warehouses *."
    )
    for user, role in PEOPLE.values():
        console.print(f"  user {user:<14} role {role}")


async def seed(
    places: Places, size: Size, name: str, concurrency: int, console: Console
) -> Company:
    api = Api(places, name, concurrency)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=console, transient=False) as progress:
            company = Company(api, size, progress)
            await company.run()
        return company
    finally:
        await api.close()
