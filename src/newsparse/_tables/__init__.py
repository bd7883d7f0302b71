"""Data tables: agencies, places, name particles, roles. Data only, each row's source named."""
