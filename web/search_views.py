"""Search page and its htmx results fragment."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request

bp = Blueprint("search", __name__)


def load(app: Flask) -> None:
    pass


@bp.get("/<locale>/search")
def results() -> str:
    return render_template("search/page.html", query=request.args.get("q", ""), nav="search")
