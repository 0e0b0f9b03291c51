"""Accounts of the desk and of the province: usernames, passwords, roles, signing in and the lock after wrong
passwords."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Accounts(Msg):
    USERNAME_CHARACTERS = QT_TRANSLATE_NOOP(
        "Accounts", "A username has only unaccented letters, digits, dots and underscores."
    )
    PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("Accounts", "A password has at least {length} characters.")
    FULL_NAME_MISSING = QT_TRANSLATE_NOOP("Accounts", "The user's full name is missing.")
    ROLE_UNKNOWN = QT_TRANSLATE_NOOP("Accounts", "The role must be one of: {roles}.")
    USERNAME_TAKEN = QT_TRANSLATE_NOOP("Accounts", 'The username "{username}" is already taken.')
    WRONG_PASSWORD = QT_TRANSLATE_NOOP("Accounts", "Wrong username or password.")
    LOCKED_TODAY = QT_TRANSLATE_NOOP(
        "Accounts",
        'The account "{username}" is locked until {time} after too many wrong passwords. Try again after that '
        "time, or ask an administrator to unlock it.",
    )
    LOCKED_UNTIL_DAY = QT_TRANSLATE_NOOP(
        "Accounts",
        'The account "{username}" is locked until {time} on {day} after too many wrong passwords. Try again after '
        "that time, or ask an administrator to unlock it.",
    )
    UNKNOWN_USER = QT_TRANSLATE_NOOP("Accounts", 'There is no user "{username}".')
    PROVINCE_ROLE = QT_TRANSLATE_NOOP(
        "Accounts", "The account {username} from the province has an invalid role ({role})."
    )
    PROVINCE_USERNAME = QT_TRANSLATE_NOOP("Accounts", "The username {username} from the province is not valid.")
    ROLE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
        "Accounts", "The account {username} ({role}) may not {action}; this is for: {roles}."
    )
    FIRST_ACCOUNT_ADMIN = QT_TRANSLATE_NOOP(
        "Accounts",
        "The desk's first account is its administrator (--role admin); the administrator makes the other accounts.",
    )
    ACCOUNTS_BY_ADMIN = QT_TRANSLATE_NOOP(
        "Accounts",
        "The desk has accounts already: a new account is made by an administrator (on the command line: --user NAME "
        "or COUNTER_USER).",
    )
