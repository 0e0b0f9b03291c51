"""Dossiers in the states the postal desk meets: results ready to go by post, and item codes for them."""

from counter_app.services import processing, reception
from counter_core.domain.intake import Person, ReturnMethod
from counter_core.domain.postal import check_digit
from counter_core.domain.status import Status
from tests.store.test_receive import khai_sinh


def item_code(service: str, serial: str, country: str = "VN") -> str:
    """A valid item code (UPU S10) for an 8-digit ``serial``."""
    return f"{service}{serial}{check_digit(serial)}{country}"


def items(count: int, start: int = 1, service: str = "EE") -> list[str]:
    """``count`` valid item codes, serials from ``start``."""
    return [item_code(service, f"{n:08d}") for n in range(start, start + count)]


def ready_by_post(desk, clerk, owner: Person | None = None, by_post: bool = True) -> str:
    """A dossier received for return by post, processed, its result ready (status 9); returns its code."""
    changes = {"return_method": ReturnMethod.POST, "postal_address": "Thôn Đông Hòa, xã Quảng Phú"} if by_post else {}
    if owner is not None:
        changes["owner"] = owner
    code = reception.receive(desk, khai_sinh(desk, **changes), clerk).code
    processing.transition(desk, code, Status.PROCESSING, clerk)
    processing.transition(desk, code, Status.RESULT_READY, clerk, "Giấy khai sinh bản chính")
    return code
