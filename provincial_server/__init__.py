"""The provincial server: the HTTP service on PostgreSQL that the desks of a province sync with."""
