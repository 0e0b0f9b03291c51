"""The rules of a Vietnamese one-stop counter as plain Python: no Qt, no SQL."""
