"""The finance service's tables: so far only the platform's."""

from jxc.platform.tables import service_metadata

metadata = service_metadata()
