"""Issue 7, item 5: the platform's own tables (events, outbox, snapshots, offsets, processed
events, idempotency keys, dead letters, the actor) are migrated by one Alembic branch of the
platform's, labelled `platform`, not by a copy of each step in every service's chain."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from jxc.platform.migrations import PLATFORM_VERSIONS, alembic_config

SERVICES = Path(__file__).resolve().parents[3] / "services"


def _script(service: str) -> ScriptDirectory:
    location = SERVICES / service / "src" / "jxc" / service / "migrations"
    return ScriptDirectory.from_config(alembic_config("postgresql://unused", location))


def test_the_platform_steps_are_one_branch_of_the_platform_s_own() -> None:
    script = _script("crm")
    platform = [r for r in script.walk_revisions() if Path(r.path).parent == PLATFORM_VERSIONS]
    assert [r.doc.split(":")[0] for r in reversed(platform)] == [
        "Platform step 1",
        "Platform step 2",
        "Platform step 3",
        "Platform step 4",
        "Platform step 5",
        "Platform step 6",
    ]
    assert script.get_revision("platform@head") is platform[0]


def test_no_service_keeps_a_copy_of_a_platform_step() -> None:
    copies = [
        str(path.relative_to(SERVICES))
        for path in sorted(SERVICES.glob("*/src/jxc/*/migrations/versions/*.py"))
        if "jxc.platform.schema" in path.read_text()
        or "jxc.platform.migration_steps" in path.read_text()
    ]
    assert copies == []


# The platform step every service's own chain starts after: the tables the services build on
# (events with the actor). Later steps only add to the platform's own tables (step 4: the
# outbox row's traceparent) and run as the platform branch's head, so an existing database of
# any service takes them without its chain being re-based.
SERVICES_START_AFTER = "platform_0003"


def test_every_service_s_own_chain_starts_after_the_platform_s() -> None:
    for service in ("purchasing", "sales", "inventory", "finance", "crm"):
        script = _script(service)
        platform_head = script.get_revision("platform@head")
        assert platform_head is not None
        after = script.get_revision(SERVICES_START_AFTER)
        assert after is not None and Path(after.path).parent == PLATFORM_VERSIONS
        assert after.revision in {r.revision for r in script.walk_revisions()}
        for base in script.get_bases():
            revision = script.get_revision(base)
            assert revision is not None
            if Path(revision.path).parent != PLATFORM_VERSIONS:
                assert revision.dependencies == SERVICES_START_AFTER, (service, base)
