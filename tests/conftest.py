"""Shared fixtures: one app over the real content (its index built as `flask build-index`
would), a test client, and a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from app import create_app
from core.search import build
from tests.locales import LOCALES  # noqa: F401 - tests import it from here too


def create_app_with_index(config: dict) -> Flask:
    """An app whose index folder holds a build of its own content."""
    app = create_app(config)
    build(config["INDEX_DIR"], app.extensions["site"].articles_by_locale())
    return app


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    return create_app_with_index({"TESTING": True, "INDEX_DIR": str(tmp_path_factory.mktemp("index"))})


@pytest.fixture()
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


@pytest.fixture()
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()
