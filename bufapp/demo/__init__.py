"""The demo office: fictional parents, contacts, referrals, groups and maps written
into a vault through the services (``bufapp --demo``, ``bufapp-admin demo``)."""
