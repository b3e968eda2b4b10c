"""What a parent receives on request (innsyn): the access pack, the access-log
report and the contact-log extract."""
