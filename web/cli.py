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

    _register_build_index(app)


def _register_build_index(app: Flask) -> None:
    @app.cli.command("build-index")
    @click.option("--force", is_flag=True, help="Rebuild even if the index is up to date.")
    def build_index(force: bool) -> None:
        """Build the search index for every locale (atomically), if missing or stale."""
        from core.search import build, is_stale
        from web.search_views import articles_by_locale, index_dir

        folder, content = index_dir(current_app), articles_by_locale(current_app)
        if force or is_stale(folder, content):
            click.echo(f"built {build(folder, content)}")
        else:
            click.echo(f"search index is up to date in {folder}")
