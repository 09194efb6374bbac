"""The travel watch: a person's trips from merged events, checked against
organisation memberships and public arrest warrants (see trips.py, warrants.py)."""
