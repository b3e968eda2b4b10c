"""Documents of responsibility groups: invitations, minutes and their
parts, and the action list."""
