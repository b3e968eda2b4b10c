"""What every feature's window is built from: messages, the task manager, field
forms, table models, file dialogs and the window manners."""
