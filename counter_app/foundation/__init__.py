"""The desk's own foundation: where its data lives and its log file."""
