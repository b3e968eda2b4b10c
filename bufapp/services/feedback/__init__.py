"""The parent's feedback: KOR scores (ORS, SRS) and simple feedback after a conversation."""
