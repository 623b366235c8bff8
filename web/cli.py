"""Command-line tasks: flask check-content (and, with search, flask build-index)."""

from __future__ import annotations

import click
from flask import Flask, current_app


def init_app(app: Flask) -> None:
    @app.cli.command("check-content")
    def check_content() -> None:
        """Load and validate every article, glossary and data file (start-up does the same)."""
        library = current_app.extensions["library"]
        for code in library.locales:
            click.echo(f"{code}: {len(library.translated(code))} articles")
        click.echo("content OK")
