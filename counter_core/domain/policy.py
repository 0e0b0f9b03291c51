"""Who may do what: the rights of each role (clerk, postal, supervisor, admin), and what a dossier allows in the state
it is in. The services ask it before they act (a ``NotAllowed`` naming the role and the action), the command line
before it reads personal data, and the window to know what to show: no rule about roles lives anywhere else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from counter_core.domain.accounts import ROLES, User, role_text
from counter_core.domain.dossier import Dossier, DossierSummary
from counter_core.domain.status import TRANSITIONS, Status, transition_refusal
from counter_core.foundation.errors import NotAllowed
from counter_core.foundation.formatting import slip_moment
from counter_core.foundation.messages import Accounts, Dossiers, Names
from counter_core.foundation.texts import Text


class Right(Enum):
    """What a role may be trusted with; each action needs one."""

    VIEW = Names.RIGHT_VIEW
    RECEIVE = Names.RIGHT_RECEIVE
    REFUSE = Names.RIGHT_REFUSE
    SUPPLEMENT = Names.RIGHT_SUPPLEMENT
    PROCESS = Names.RIGHT_PROCESS
    RESCHEDULE = Names.RIGHT_RESCHEDULE
    RETURN = Names.RIGHT_RETURN
    PRINT = Names.RIGHT_PRINT
    POSTAL = Names.RIGHT_POSTAL
    REPORTS = Names.RIGHT_REPORTS
    BACKUP = Names.RIGHT_BACKUP
    RESTORE = Names.RIGHT_RESTORE
    ACCOUNTS = Names.RIGHT_ACCOUNTS
    CONFIGURE = Names.RIGHT_CONFIGURE
    SYNC = Names.RIGHT_SYNC


_COUNTER_WORK = frozenset(
    {
        Right.VIEW,
        Right.RECEIVE,
        Right.REFUSE,
        Right.SUPPLEMENT,
        Right.PROCESS,
        Right.RESCHEDULE,
        Right.RETURN,
        Right.PRINT,
        Right.POSTAL,
        Right.SYNC,
    }
)
# The clerk works the counter; the postal employee only hands packages and results over with the counter (the lists
# they sign mask ID numbers: they see no dossier); the supervisor adds registers, reports and backups; the
# administrator adds accounts and the desk's configuration.
RIGHTS: dict[str, frozenset[Right]] = {
    "clerk": _COUNTER_WORK,
    "postal": frozenset({Right.POSTAL, Right.SYNC}),
    "supervisor": _COUNTER_WORK | {Right.REPORTS, Right.BACKUP, Right.RESTORE},
    "admin": frozenset(Right),
}

SLIPS = {
    "receipt": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
    "supplement": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
    "refusal": "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)",
    "apology": "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)",
    "stop": "Thông báo dừng giải quyết hồ sơ",
    "control": "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "result": "Giấy biên nhận trả kết quả",
}
# A new appointment (Mẫu 04) is for a dossier still being worked on, not one waiting for the citizen.
RESCHEDULABLE = frozenset({Status.RECEIVED, Status.PROCESSING, Status.FINANCIAL_OBLIGATION})
# The right each move needs: accepting an online registration is a reception, status 5 a supplement request, 10 the
# hand-over of the result; every other move is processing, a stop (8) included: the decision is the processing
# unit's (§3), and at the desk those who move dossiers along record it and print its notice.
_MOVE_RIGHTS = {
    Status.RECEIVED: Right.RECEIVE,
    Status.REFUSED: Right.REFUSE,
    Status.SUPPLEMENT_REQUESTED: Right.SUPPLEMENT,
    Status.RETURNED: Right.RETURN,
}


@dataclass(frozen=True)
class Action:
    """One thing a person does: its name, the right it needs, the status it moves a dossier to, the slip it prints."""

    name: str
    right: Right
    target: Status | None = None
    slip: str | None = None

    @property
    def text(self) -> Text:
        """What the action is, in a sentence's words: "move the dossier to “Being processed”"."""
        if self.target is not None and self.right is Right.PROCESS:
            return Text(Names.ACTION_MOVE, status=self.target.text)
        if self.slip is not None:
            return Text(Names.ACTION_PRINT, slip=Text(Names[f"SLIP_{self.slip.upper()}"]))
        return Text(_NAMES.get(self.name, self.right.value))


_NAMES = {
    "guide": Names.ACTION_GUIDE,
    "rate": Names.ACTION_RATE,
    "digitise": Names.ACTION_DIGITISE,
    "digitise_result": Names.ACTION_DIGITISE_RESULT,
}

VIEW = Action("view", Right.VIEW)
RECEIVE = Action("receive", Right.RECEIVE)
GUIDE = Action("guide", Right.RECEIVE)  # Mẫu 02 for an incomplete intake, nothing received
REFUSE = Action("refuse", Right.REFUSE)
RESCHEDULE = Action("reschedule", Right.RESCHEDULE)
RATE = Action("rate", Right.RETURN)
DIGITISE = Action("digitise", Right.RECEIVE)  # the papers of a dossier held as files (scanned, imported)
DIGITISE_RESULT = Action("digitise_result", Right.RETURN)
POSTAL = Action("postal", Right.POSTAL)
REPORTS = Action("reports", Right.REPORTS)
BACKUP = Action("backup", Right.BACKUP)
RESTORE = Action("restore", Right.RESTORE)
ACCOUNTS = Action("accounts", Right.ACCOUNTS)
CONFIGURE = Action("configure", Right.CONFIGURE)
SYNC = Action("sync", Right.SYNC)


def move(target: Status) -> Action:
    """Moving a dossier to ``target``: a supplement request for 5, the hand-over of the result for 10."""
    return Action("move", _MOVE_RIGHTS.get(target, Right.PROCESS), target=target)


def printing(slip: str) -> Action:
    if slip not in SLIPS:
        raise NotAllowed(Dossiers.SLIP_UNKNOWN, kind=slip, kinds=", ".join(SLIPS))
    return Action("print", Right.PRINT, slip=slip)


class RoleNotAllowed(NotAllowed):
    """The acting account's role does not have the right the action needs."""

    kind = "role_not_allowed"

    def __init__(self, user: User, action: Action) -> None:
        allowed = [role_text(role) for role, rights in RIGHTS.items() if action.right in rights]
        super().__init__(
            Accounts.ROLE_NOT_ALLOWED,
            username=user.username,
            role=role_text(user.role) if user.role in ROLES else user.role,
            action=action.text,
            roles=allowed,
        )
        self.role, self.action = user.role, action


def may(role: str, action: Action) -> bool:
    """Whether ``role`` has the right ``action`` needs, whatever the dossier."""
    return action.right in RIGHTS.get(role, frozenset())


def refusal(action: Action, dossier: DossierSummary, now: datetime | None = None) -> Text | None:
    """Why the dossier, in the state it is in (at ``now``, for what depends on the time), does not allow ``action``
    (None: it does). Printing is judged on the whole dossier, its history included."""
    status = dossier.status
    if action.target is not None:
        return transition_refusal(status, action.target)
    if action == RESCHEDULE:
        if status not in RESCHEDULABLE:
            return Text(Dossiers.NOT_RESCHEDULABLE, status=status.text)
        if dossier.due_at is None:
            return Text(Dossiers.NO_FIXED_DATE)
        if now is not None and now > dossier.due_at:
            return Text(Dossiers.DEADLINE_PASSED, deadline=slip_moment(dossier.due_at))
    if action == RATE and status is not Status.RETURNED:
        return Text(Dossiers.RATING_BEFORE_RETURN)
    if action.slip is not None:
        if not isinstance(dossier, Dossier):
            raise TypeError("a slip is judged on the whole dossier")
        return _slip_refusal(action.slip, dossier)
    return None


def _slip_refusal(slip: str, dossier: Dossier) -> Text | None:
    code, refused = dossier.code, dossier.status is Status.REFUSED
    if slip in ("receipt", "control") and refused:
        return Text(Dossiers.REFUSED_NO_RECEIPT, code=code, slip=SLIPS[slip])
    if slip == "refusal" and not refused:
        return Text(Dossiers.NOT_REFUSED, code=code)
    if slip == "supplement" and dossier.last(status=Status.SUPPLEMENT_REQUESTED) is None:
        return Text(Dossiers.NO_SUPPLEMENT_REQUEST, code=code)
    if slip == "apology" and dossier.last(kind="reschedule") is None:
        return Text(Dossiers.NOT_RESCHEDULED, code=code)
    if slip == "stop" and dossier.last(status=Status.STOPPED) is None:
        return Text(Dossiers.NOT_STOPPED, code=code)
    if slip == "result" and (dossier.status is not Status.RETURNED or dossier.last(status=Status.RETURNED) is None):
        return Text(Dossiers.NOT_RETURNED, code=code)
    return None


def allowed(role: str, action: Action, dossier: DossierSummary | None = None, now: datetime | None = None) -> bool:
    """Whether ``role`` may take ``action``, on ``dossier`` as it is at ``now`` if the action is on a dossier."""
    return may(role, action) and (dossier is None or refusal(action, dossier, now) is None)


def require(user: User, action: Action, dossier: DossierSummary | None = None, now: datetime | None = None) -> None:
    """Raise NotAllowed unless ``user`` may take ``action`` (on ``dossier`` as it is at ``now``)."""
    if not may(user.role, action):
        raise RoleNotAllowed(user, action)
    reason = refusal(action, dossier, now) if dossier is not None else None
    if reason:
        raise NotAllowed(reason)


def moves(role: str, dossier: DossierSummary) -> list[Status]:
    """The statuses ``role`` may move the dossier to from where it is, in order."""
    return [target for target in sorted(TRANSITIONS[dossier.status]) if allowed(role, move(target), dossier)]


def slips(role: str, dossier: Dossier) -> list[str]:
    """The slips ``role`` may print for the dossier as it is now."""
    return [slip for slip in SLIPS if allowed(role, printing(slip), dossier)]
