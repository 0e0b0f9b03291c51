"""The OS keyring's interface kept in memory, for tests and benchmarks on a headless machine (no keyring service);
it imports nothing of the project, so a benchmark may use it with an older tree's packages."""

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """The OS keyring's interface, kept in memory (a headless test machine has no keyring service)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)
