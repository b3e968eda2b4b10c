"""The follow-up itself: its page, its records and the deadlines it gives Oversikt."""
