"""Command-line tasks: flask check-content and flask build-index (the index's only writer)."""

from __future__ import annotations

import click
from flask import Flask

from core.search import build, is_stale
from web.site import index_dir, site


def init_app(app: Flask) -> None:
    @app.cli.command("check-content")
    def check_content() -> None:
        """Load and validate every article, glossary and data file (start-up does the same)."""
        data = site()
        for code in data.locales:
            click.echo(f"{code}: {len(data.library.translated(code))} articles")
        click.echo("content OK")

    @app.cli.command("build-index")
    @click.option("--force", is_flag=True, help="Rebuild even if the index is up to date.")
    def build_index(force: bool) -> None:
        """Build the search index for every locale, if missing or stale; servers pick it up."""
        folder, content = index_dir(app), site().articles_by_locale()
        if force or is_stale(folder, content):
            click.echo(f"built {build(folder, content)}")
        else:
            click.echo(f"search index is up to date in {folder}")
