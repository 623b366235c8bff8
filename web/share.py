"""For referral staff: the link builder, QR codes and printable handouts."""

from __future__ import annotations

from functools import lru_cache

import segno
from flask import Blueprint, Flask, render_template
from flask_babel import format_date
from markupsafe import Markup, escape

bp = Blueprint("share", __name__)


@lru_cache(maxsize=512)
def _qr_markup(url: str, label: str) -> str:
    # Made on the server: no QR service sees the link. Medium error correction survives
    # a creased or badly printed handout.
    svg = segno.make(url, error="m", micro=False).svg_inline(
        scale=4, border=4, svgclass="qr-svg", lineclass=None, omitsize=True
    )
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


def qr_svg(url: str, label: str) -> Markup:
    return Markup(_qr_markup(url, str(label)))


def load(app: Flask) -> None:
    app.jinja_env.globals["qr_svg"] = qr_svg
    app.jinja_env.globals["format_date"] = format_date


@bp.get("/<locale>/for-professionals")
def professionals() -> str:
    return render_template("share/professionals.html", nav=None)


@bp.get("/<locale>/handout/<slug>")
def handout(slug: str) -> str:
    return render_template("share/professionals.html", nav=None)
