"""Flask layer: thin views over the Flask-free core in core/ and screener/."""
