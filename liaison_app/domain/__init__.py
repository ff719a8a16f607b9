"""Plain domain types of Liaison (stdlib only): parties, cases, subjects, grading, messages.

The submodules are the API (`domain.messages`, `domain.subjects`, ...). Nothing is
re-exported here, so importing one submodule does not load the others: the
desktop client's start-up imports only what its first window needs.
"""
