"""Self-check: start page, one question per page, check answers, result."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template

bp = Blueprint("screener", __name__)


def load(app: Flask) -> None:
    pass


@bp.get("/<locale>/screener")
def start() -> str:
    return render_template("screener/start.html", nav="screener")
