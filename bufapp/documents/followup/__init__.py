"""Documents of the follow-up itself (issue 20): the information sheet for the parent."""
