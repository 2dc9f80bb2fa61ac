"""The Leads view: the four-stage board, the list, lead details."""
