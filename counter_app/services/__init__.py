"""The desk's use cases, one module per family: the only callers of the store from the window and the command line.

Each action that changes something is one store transaction; the role policy is checked here, for the window and
the command line alike.
"""
