"""The contact log as use cases: entries written safely, versions, withdrawal, the timeline,
search, follow-up tasks and the contact plan, with the facts Oversikt's deadlines read."""
