"""Create the JXC event topics if they are missing (idempotent).

Env: JXC_KAFKA_BOOTSTRAP (default 127.0.0.1:9092), JXC_TOPIC_PARTITIONS (default 12).
Topics keep events forever: retention.ms=-1, retention.bytes=-1.
"""

import asyncio
import os
import sys

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")
TOPICS = [f"jxc.{svc}.events" for svc in SERVICES]


async def main() -> int:
    bootstrap = os.environ.get("JXC_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    partitions = int(os.environ.get("JXC_TOPIC_PARTITIONS", "12"))
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in TOPICS if t not in existing]
        if missing:
            config = {"retention.ms": "-1", "retention.bytes": "-1"}
            new = [NewTopic(t, partitions, 1, topic_configs=config) for t in missing]
            response = await admin.create_topics(new)
            for name, code, *_ in response.topic_errors:
                error = for_code(code)
                if code and error is not TopicAlreadyExistsError:
                    raise error(f"creating topic {name}")
        print(
            f"topics: {len(TOPICS)} present ({', '.join(missing) or 'none'} created) on {bootstrap}"
        )
    finally:
        await admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
