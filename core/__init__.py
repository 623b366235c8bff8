"""Flask-free core: content, search, help data. Nothing here imports flask."""
