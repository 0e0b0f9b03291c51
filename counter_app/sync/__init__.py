"""Synchronisation with the provincial server: protocol, HTTP client and engine (issue 4).

Nothing here yet: the desk core already writes every action to the outbox (``store.journal``)
in the transaction of the change, which is what the engine will push.
"""
