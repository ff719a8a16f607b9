"""Qt item models over `services.views`: paged, sorted and filtered in SQL.

Import the module you need (`models.tables`, `models.audit`, `models.paged`...):
this package imports nothing itself, so a page pays only for its own models.
"""
