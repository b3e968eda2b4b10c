"""The contact log: the timeline, the contact editor and its dialogs, the search
across all parents, and the extract."""
